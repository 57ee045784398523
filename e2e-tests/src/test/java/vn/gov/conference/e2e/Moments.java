package vn.gov.conference.e2e;

import java.time.OffsetDateTime;
import vn.gov.conference.localstack.demo.SeedPlansDemo;

/**
 * When each part of the story happens, on the services' clock (the stack is restarted with its clock there). The
 * seeds are historical, and what the services compute from "now" (answer links, deadlines, late submissions,
 * check-in on the day) must come out as it did for them.
 */
final class Moments {

    /** A week and a half before Đồng Tháp's conference of 08:00 07/7/2021: the plan is drafted and signed. */
    static final OffsetDateTime DONG_THAP_PREPARATION = OffsetDateTime.parse("2021-06-28T09:00+07:00");
    /** The morning of Đồng Tháp's conference: delegates check in. */
    static final OffsetDateTime DONG_THAP_CONFERENCE_DAY = OffsetDateTime.parse("2021-07-07T07:30+07:00");
    /**
     * The morning after the 25/7/2024 draft-speech deadline of Tiền Giang's plan (those drafts are late), before the
     * 30/7 report deadline (those are on time); the demo mode tells the story from the same morning.
     */
    static final OffsetDateTime TIEN_GIANG_PREPARATION = SeedPlansDemo.CLOCK;
    /** When Tiền Giang's approver schedules the conference: 07:30 on Thursday 08/8/2024, in quarter 3. */
    static final OffsetDateTime TIEN_GIANG_START = OffsetDateTime.parse("2024-08-08T07:30+07:00");
    /** Half an hour before it starts: delegates check in. */
    static final OffsetDateTime TIEN_GIANG_CONFERENCE_DAY = OffsetDateTime.parse("2024-08-08T07:00+07:00");

    /**
     * Spring 2026, after the mergers of 1/7/2025 and the restructuring of 1/3/2025: the central agency onboards a
     * province that has never planned a review, and its first plan names the units in force then.
     */
    static final OffsetDateTime NATIONAL_ONBOARDING = OffsetDateTime.parse("2026-03-02T09:00+07:00");

    private Moments() {}
}
