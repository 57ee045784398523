package vn.gov.conference.plan.planning;

import org.jspecify.annotations.Nullable;
import vn.gov.conference.plan.text.Texts;
import vn.gov.conference.platform.text.VietnameseText;

/** The stage backdrop ("phông hội nghị"): its text, line by line, and how it is produced ("Quy cách: …"). */
public record Backdrop(
        java.util.@Nullable List<String> lines, @Nullable String spec) {

    public Backdrop {
        lines = Texts.cleanLines(lines);
        spec = VietnameseText.nfcOrNull(spec);
    }
}
