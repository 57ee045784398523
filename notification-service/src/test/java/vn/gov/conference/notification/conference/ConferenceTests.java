package vn.gov.conference.notification.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.conference.contracts.invitation.InvitationEvents.InvitationsIssued;
import vn.gov.conference.contracts.plan.PlanSnapshot;
import vn.gov.conference.notification.Fixtures;
import vn.gov.conference.notification.OutboxPayloads;

class ConferenceTests {

    private static final Instant NOW = Instant.parse("2024-07-20T01:00:00Z");

    @Test
    void takesTheApprovedPlanOnceAndIgnoresARedeliveredApproval() {
        Conference conference = Conference.awaitingPlan("p1");

        assertThat(conference.approve("tien-giang", 2, FromContracts.details(Fixtures.tienGiang("p1"))))
                .isTrue();
        assertThat(conference.approve("tien-giang", 2, FromContracts.details(Fixtures.tienGiang("p1"))))
                .isFalse();
        assertThat(conference.tenant()).isEqualTo("tien-giang");
        assertThat(conference.exact()).isFalse();
        assertThat(conference.start()).isEmpty();
        assertThat(conference.details().timeLabel()).isEqualTo("dự kiến quý 3 năm 2024");
    }

    @Test
    void schedulingATentativeConferenceMakesItExactRaisesTheSequenceAndLeavesANotice() {
        Conference conference = Fixtures.approved(Fixtures.tienGiang("p1"));
        OffsetDateTime start = OffsetDateTime.parse("2024-08-15T07:30+07:00");

        assertThat(conference.schedule(3, start, null, null, "e1", NOW)).isTrue();

        assertThat(conference.exact()).isTrue();
        assertThat(conference.start()).contains(start);
        assertThat(conference.end()).contains(start.plus(Conference.DEFAULT_LENGTH));
        assertThat(conference.calendarSequence()).isEqualTo(1);
        assertThat(conference.details().venue().room()).isEqualTo("Phòng họp số 2, Trung tâm Hội nghị tỉnh Tiền Giang");
        assertThat(conference.notices()).singleElement().satisfies(notice -> {
            assertThat(notice.cause()).isEqualTo("e1");
            assertThat(notice.reason()).isEqualTo(CalendarNotice.Reason.SCHEDULED);
        });
    }

    @Test
    void movingAnExactConferenceIsAMoveAndTheNoticeGoesOnceSent() {
        Conference conference = Fixtures.approved(Fixtures.dongThap("p3"));

        conference.schedule(
                4, Fixtures.DT_START.plusDays(1), Fixtures.DT_START, new Place("Hội trường B", null, null), "e9", NOW);

        assertThat(conference.notices())
                .singleElement()
                .satisfies(notice -> assertThat(notice.reason()).isEqualTo(CalendarNotice.Reason.MOVED));
        assertThat(conference.details().venue().room()).isEqualTo("Hội trường B");
        conference.noticeSent("e9");
        assertThat(conference.notices()).isEmpty();
    }

    @Test
    void schedulesAtTheVersionItWasApprovedAtBecauseSchedulingMakesNoNewPlanVersion() {
        PlanSnapshot plan = Fixtures.tienGiang("p1");
        Conference conference = Fixtures.approved(plan);
        OffsetDateTime start = OffsetDateTime.parse("2024-08-08T07:30+07:00");

        assertThat(conference.schedule(plan.version(), start, null, null, "e1", NOW))
                .isTrue();

        assertThat(conference.start()).contains(start);
        assertThat(conference.calendarSequence()).isEqualTo(1);
        assertThat(conference.notices())
                .extracting(CalendarNotice::reason)
                .containsExactly(CalendarNotice.Reason.SCHEDULED);
    }

    @Test
    void movesAtTheSameVersionFromTheStartItKnowsButNotFromAnEarlierOne() {
        PlanSnapshot plan = Fixtures.tienGiang("p1");
        Conference conference = Fixtures.approved(plan);
        OffsetDateTime first = OffsetDateTime.parse("2024-08-08T07:30+07:00");
        OffsetDateTime second = first.plusDays(7);
        conference.schedule(plan.version(), first, null, null, "e1", NOW);

        assertThat(conference.schedule(plan.version(), second, first, null, "e2", NOW))
                .isTrue();
        assertThat(conference.schedule(plan.version(), first, null, null, "e1", NOW))
                .isFalse();
        assertThat(conference.schedule(plan.version(), second, first, null, "e2", NOW))
                .isFalse();

        assertThat(conference.start()).contains(second);
        assertThat(conference.calendarSequence()).isEqualTo(2);
        assertThat(conference.notices())
                .extracting(CalendarNotice::reason)
                .containsExactly(CalendarNotice.Reason.SCHEDULED, CalendarNotice.Reason.MOVED);
    }

    @Test
    void ignoresAStaleOrRepeatedSchedule() {
        Conference conference = Fixtures.approved(Fixtures.tienGiang("p1"));
        OffsetDateTime start = OffsetDateTime.parse("2024-08-15T07:30+07:00");
        conference.schedule(3, start, null, null, "e1", NOW);

        assertThat(conference.schedule(3, start.plusDays(1), null, null, "e1", NOW))
                .isFalse();
        assertThat(conference.schedule(2, start.plusDays(2), null, null, "e0", NOW))
                .isFalse();
        assertThat(conference.start()).contains(start);
        assertThat(conference.calendarSequence()).isEqualTo(1);
        assertThat(conference.notices()).hasSize(1);
    }

    @Test
    void thePublishedAgendaEndsTheCalendarEntryAndInviteesAreToldTheirEntryMoved() {
        Conference conference = Fixtures.approved(Fixtures.dongThap("p3"));
        OffsetDateTime start = Fixtures.DT_START;
        assertThat(conference.end()).contains(start.plus(Conference.DEFAULT_LENGTH));

        assertThat(conference.publishAgenda(
                        1, start, start.plusMinutes(200), FromContracts.agenda(Fixtures.dongThapAgenda()), "e4", NOW))
                .isTrue();

        assertThat(conference.start()).contains(start);
        assertThat(conference.end()).contains(start.plusMinutes(200));
        assertThat(conference.agenda()).hasSize(5);
        assertThat(conference.calendarSequence()).isEqualTo(1);
        assertThat(conference.notices()).singleElement().satisfies(notice -> {
            assertThat(notice.reason()).isEqualTo(CalendarNotice.Reason.AGENDA_PUBLISHED);
            assertThat(notice.cause()).isEqualTo("e4");
            assertThat(notice.presentersOnly()).isFalse();
        });
    }

    @Test
    void anAgendaThatLeavesTheCalendarEntryAsItWasTellsNobody() {
        Conference conference = Fixtures.approved(Fixtures.dongThap("p3"));

        assertThat(conference.publishAgenda(
                        1,
                        Fixtures.DT_START,
                        Fixtures.DT_START.plus(Conference.DEFAULT_LENGTH),
                        FromContracts.agenda(Fixtures.dongThapAgenda()),
                        "e4",
                        NOW))
                .isTrue();
        assertThat(conference.reviseAgenda(
                        2,
                        Fixtures.DT_START,
                        Fixtures.DT_START.plus(Conference.DEFAULT_LENGTH),
                        List.of(),
                        List.of(),
                        "Sửa lỗi chính tả",
                        "e5",
                        NOW))
                .isTrue();

        assertThat(conference.notices()).isEmpty();
    }

    @Test
    void aRevisionThatKeepsTheConferencesTimeTellsOnlyThePresentersWhatMoved() {
        Conference conference = Fixtures.approved(Fixtures.dongThap("p3"));
        conference.publishAgenda(1, Fixtures.DT_START, Fixtures.DT_START.plusHours(3), List.of(), "e4", NOW);
        AgendaMove move = new AgendaMove(
                "i2",
                "Báo cáo",
                List.of("DT-SNV"),
                Fixtures.DT_START,
                Fixtures.DT_START,
                Fixtures.DT_START.plusMinutes(5),
                Fixtures.DT_START.plusMinutes(20));

        assertThat(conference.reviseAgenda(
                        2,
                        Fixtures.DT_START,
                        Fixtures.DT_START.plusHours(3),
                        List.of(),
                        List.of(move),
                        "Mục 2 lùi 5 phút",
                        "e5",
                        NOW))
                .isTrue();

        assertThat(conference.notices()).singleElement().satisfies(notice -> {
            assertThat(notice.reason()).isEqualTo(CalendarNotice.Reason.AGENDA_REVISED);
            assertThat(notice.moves()).containsExactly(move);
            assertThat(notice.summary()).isEqualTo("Mục 2 lùi 5 phút");
            assertThat(notice.presentersOnly()).isTrue();
            assertThat(notice.concerns("DT-SNV")).isTrue();
            assertThat(notice.concerns("DT-MTTQ")).isFalse();
        });
        assertThat(conference.calendarSequence()).isEqualTo(2);
    }

    @Test
    void aRevisionThatMovesTheEndTellsEveryInvitee() {
        Conference conference = Fixtures.approved(Fixtures.dongThap("p3"));
        conference.publishAgenda(1, Fixtures.DT_START, Fixtures.DT_START.plusHours(3), List.of(), "e4", NOW);

        conference.reviseAgenda(
                2, Fixtures.DT_START, Fixtures.DT_START.plusMinutes(195), List.of(), List.of(), null, "e5", NOW);

        assertThat(conference.notices()).singleElement().satisfies(notice -> {
            assertThat(notice.presentersOnly()).isFalse();
            assertThat(notice.concerns("DT-MTTQ")).isTrue();
        });
    }

    @Test
    void fallsBackToTheDefaultLengthWhenTheAgendaIsOnAnotherDay() {
        Conference conference = Fixtures.approved(Fixtures.dongThap("p3"));
        OffsetDateTime otherDay = Fixtures.DT_START.minusDays(3);

        conference.publishAgenda(
                1, otherDay, otherDay.plusHours(2), FromContracts.agenda(Fixtures.dongThapAgenda()), "e4", NOW);

        assertThat(conference.end()).contains(Fixtures.DT_START.plus(Conference.DEFAULT_LENGTH));
        assertThat(conference.notices()).isEmpty();
    }

    @Test
    void publishingTheSameDocumentsAgainBringsNothingNewButARedeliveryFindsItsOwn() {
        Conference conference = Fixtures.approved(Fixtures.dongThap("p3"));
        assertThat(conference.materialsPublished()).isFalse();

        assertThat(conference.publishDocuments(List.of("d1", "d2"), "e1")).containsExactly("d1", "d2");
        assertThat(conference.publishDocuments(List.of("d1", "d2"), "e2")).isEmpty();
        assertThat(conference.publishDocuments(List.of("d1", "d2", "d3"), "e3")).containsExactly("d3");
        assertThat(conference.publishDocuments(List.of("d1", "d2"), "e1")).containsExactly("d1", "d2");
        assertThat(conference.materialsPublished()).isTrue();
    }

    @Test
    void ignoresAnAgendaRevisionItAlreadyHas() {
        Conference conference = Fixtures.approved(Fixtures.dongThap("p3"));
        conference.publishAgenda(2, Fixtures.DT_START, Fixtures.DT_START.plusHours(3), List.of(), "e0", NOW);

        assertThat(conference.reviseAgenda(
                        2, Fixtures.DT_START, Fixtures.DT_START.plusHours(4), List.of(), List.of(), null, "e2", NOW))
                .isFalse();
        assertThat(conference.reviseAgenda(
                        1, Fixtures.DT_START, Fixtures.DT_START.plusHours(4), List.of(), List.of(), null, "e1", NOW))
                .isFalse();
        assertThat(conference.agendaRevision()).isEqualTo(2);
        assertThat(conference.calendarSequence()).isEqualTo(1);
        assertThat(conference.notices()).isEmpty();
    }

    @Test
    void keepsAnAgendaThatArrivesBeforeThePlanAndTellsNobody() {
        Conference conference = Conference.awaitingPlan("p3");

        assertThat(conference.reviseAgenda(
                        1,
                        Fixtures.DT_START,
                        Fixtures.DT_START.plusHours(3),
                        FromContracts.agenda(Fixtures.dongThapAgenda()),
                        List.of(),
                        null,
                        "e1",
                        NOW))
                .isTrue();
        assertThat(conference.approve("dong-thap", 3, FromContracts.details(Fixtures.dongThap("p3"))))
                .isTrue();

        assertThat(conference.agenda()).hasSize(5);
        assertThat(conference.end()).contains(Fixtures.DT_START.plusHours(3));
        assertThat(conference.notices()).isEmpty();
    }

    @Test
    void amendingTheVenueIsACalendarChangeButAmendingTheChairIsNot() {
        Conference conference = Fixtures.approved(Fixtures.dongThap("p3"));
        ConferenceDetails details = conference.details();
        ConferenceDetails newChair = new ConferenceDetails(
                details.title(),
                details.documentNumber(),
                details.issuedOn(),
                details.issuerName(),
                details.provinceName(),
                details.format(),
                details.venue(),
                details.start(),
                details.timeLabel(),
                null,
                null,
                "Phó Chủ tịch UBND Tỉnh",
                details.indices(),
                details.bridgeSites(),
                true,
                details.signer(),
                details.signerTitle());
        ConferenceDetails newVenue = new ConferenceDetails(
                details.title(),
                details.documentNumber(),
                details.issuedOn(),
                details.issuerName(),
                details.provinceName(),
                details.format(),
                new Place("Hội trường B", "số 12 đường 30/4", null),
                details.start(),
                details.timeLabel(),
                null,
                null,
                details.chair(),
                details.indices(),
                details.bridgeSites(),
                true,
                details.signer(),
                details.signerTitle());

        assertThat(conference.amend(4, newChair, "e4", NOW)).isFalse();
        assertThat(conference.calendarSequence()).isZero();
        assertThat(conference.notices()).isEmpty();
        assertThat(conference.amend(5, newVenue, "e5", NOW)).isTrue();
        assertThat(conference.calendarSequence()).isEqualTo(1);
        assertThat(conference.notices())
                .extracting(CalendarNotice::reason)
                .containsExactly(CalendarNotice.Reason.AMENDED);
        assertThat(conference.amend(5, newChair, "e6", NOW)).isFalse();
    }

    @Test
    void cancelsOnceWithItsReason() {
        Conference conference = Fixtures.approved(Fixtures.dongThap("p3"));

        assertThat(conference.cancel("Dịch bệnh Covid-19", "e7", NOW)).isTrue();
        assertThat(conference.cancel("again", "e8", NOW)).isFalse();
        assertThat(conference.cancelled()).isTrue();
        assertThat(conference.cancellationReason()).isEqualTo("Dịch bệnh Covid-19");
        assertThat(conference.calendarSequence()).isEqualTo(1);
        assertThat(conference.notices())
                .extracting(CalendarNotice::reason)
                .containsExactly(CalendarNotice.Reason.CANCELLED);
        assertThat(conference.schedule(9, Fixtures.DT_START, null, null, "e9", NOW))
                .isFalse();
    }

    @Test
    void announcesOnlyInvitationsNotAnnouncedYet() {
        Conference conference = Fixtures.approved(Fixtures.dongThap("p3"));

        conference.invitationsIssued(0, NOW);
        assertThat(conference.raisedEvents()).isEmpty();
        conference.invitationsIssued(5, NOW);
        conference.invitationsIssued(5, NOW.plusSeconds(60));
        conference.invitationsIssued(7, NOW.plusSeconds(90));

        assertThat(conference.invitationsIssuedAt()).isEqualTo(NOW);
        assertThat(OutboxPayloads.of(conference, new ConferenceContracts()))
                .containsExactly(new InvitationsIssued("p3", 5, 5), new InvitationsIssued("p3", 2, 7));
        assertThat(OutboxPayloads.messages(conference, new ConferenceContracts())
                        .getFirst()
                        .tenant())
                .isEqualTo("dong-thap");
    }

    @Test
    void hasOneCalendarUidPerPlan() {
        assertThat(Fixtures.approved(Fixtures.dongThap("p3")).calendarUid()).isEqualTo("p3@conference.gov.vn");
    }
}
