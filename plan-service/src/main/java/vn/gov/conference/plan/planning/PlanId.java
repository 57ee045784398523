package vn.gov.conference.plan.planning;

import java.util.UUID;

public record PlanId(String value) {

    public PlanId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("plan id must not be blank");
        }
    }

    public static PlanId generate() {
        return new PlanId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
