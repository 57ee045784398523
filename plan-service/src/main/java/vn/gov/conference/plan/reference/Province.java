package vn.gov.conference.plan.reference;

import java.time.LocalDate;
import java.util.List;

/**
 * A version of a province (the tenant): its slug {@code code} stays the tenant id across versions, so that
 * "dong-thap" before and after the 2025 merger is one tenant with two versions, and "tien-giang" ends with a
 * successor. {@code place} is the place name heading its documents.
 */
public record Province(String code, String name, String place, LocalDate validFrom, LocalDate validTo,
                       String successor, List<String> predecessors, String note) implements Validity {

    public Province {
        predecessors = predecessors == null ? List.of() : List.copyOf(predecessors);
    }
}
