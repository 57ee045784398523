package vn.gov.conference.plan.reference;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A version of a province (the tenant): its slug {@code code} stays the tenant id across versions, so that
 * "dong-thap" before and after the 2025 merger is one tenant with two versions, and "tien-giang" ends with a
 * successor. {@code fullName} ends its bodies' names ("tỉnh Đồng Tháp", "thành phố Hà Nội"), {@code place} heads
 * its documents, {@code unitPrefix} starts its units' codes ("DT" in DT-SNV).
 */
public record Province(
        String code,
        String name,
        String fullName,
        @Nullable String place,
        String unitPrefix,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo,
        @Nullable String successor,
        List<String> predecessors,
        @Nullable String note)
        implements Validity {

    public Province {
        predecessors = predecessors == null ? List.of() : List.copyOf(predecessors);
    }
}
