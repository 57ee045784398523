package vn.gov.conference.contracts.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * When the conference takes place, as the approved plan publishes it: either an exact start ({@code start} set, the
 * window null) or a tentative window such as a quarter ({@code windowStart}..{@code windowEnd} inclusive,
 * {@code start} null), with the plan's own wording in {@code label} ("dự kiến quý 3 năm 2024", "08 giờ 00 phút,
 * ngày 07/7/2021").
 */
public record ConferenceSchedule(OffsetDateTime start, LocalDate windowStart, LocalDate windowEnd, String label) {

    public boolean exact() {
        return start != null;
    }
}
