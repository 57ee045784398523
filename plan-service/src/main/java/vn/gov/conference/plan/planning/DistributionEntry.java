package vn.gov.conference.plan.planning;

import java.util.List;
import vn.gov.conference.platform.text.VietnameseText;

/**
 * One line of "Nơi nhận" as written ("CT, các PCT UBND tỉnh") and the reference units it designates, when
 * it designates any (archive lines such as "Lưu: VT, KSTT" designate none).
 */
public record DistributionEntry(String text, List<UnitRef> units) {

    public DistributionEntry {
        text = VietnameseText.nfcOrNull(text);
        units = units == null ? List.of() : List.copyOf(units);
    }
}
