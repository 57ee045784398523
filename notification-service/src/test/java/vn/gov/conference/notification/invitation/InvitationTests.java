package vn.gov.conference.notification.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.conference.contracts.invitation.InvitationEvents.DelegateCheckedIn;
import vn.gov.conference.contracts.invitation.InvitationEvents.InvitationAnswered;
import vn.gov.conference.notification.OutboxPayloads;

class InvitationTests {

    static final OffsetDateTime DEADLINE = OffsetDateTime.parse("2021-07-06T08:00+07:00");
    static final OffsetDateTime BEFORE = DEADLINE.minusDays(3);
    static final LocalDate DAY = LocalDate.of(2021, 7, 7);
    static final OffsetDateTime ON_THE_DAY = OffsetDateTime.parse("2021-07-07T07:40+07:00");

    static Invitation person() {
        Invitee invitee = new Invitee(
                "Nguyễn Thị Hồng",
                "Trưởng phòng",
                "DT-SNV",
                "Sở Nội vụ",
                null,
                "hong@snv.example",
                Invitee.Category.OFFICIAL);
        return Invitation.issue(
                InvitationId.derived("p3", "added:person:hong@snv.example"),
                "p3",
                "dong-thap",
                Invitation.Origin.ADDED,
                new InviteeSpec("added:person:hong@snv.example", invitee, 1, "DT-TINH", true),
                "ABCD2345",
                DEADLINE,
                Instant.parse("2021-06-25T00:00:00Z"));
    }

    static Invitation quota(int seats) {
        Invitee unit = Invitee.unit(
                "DT-CHAUTHANH", "UBND huyện Châu Thành", "chauthanh@dt.example", Invitee.Category.OFFICIAL);
        return Invitation.issue(
                InvitationId.derived("p3", "group:g1"),
                "p3",
                "dong-thap",
                Invitation.Origin.COMPOSITION,
                new InviteeSpec("group:g1", unit, seats, "DT-BP-CHAUTHANH", true),
                "QUOTA234",
                DEADLINE,
                Instant.parse("2021-06-25T00:00:00Z"));
    }

    @Test
    void acceptsThroughTheLinkBeforeTheDeadlineAndAnnouncesIt() {
        Invitation invitation = person();

        invitation.accept(BEFORE, Answer.Channel.LINK);

        assertThat(invitation.status()).isEqualTo(Invitation.Status.ACCEPTED);
        assertThat(OutboxPayloads.of(invitation, new InvitationContracts()))
                .singleElement()
                .isInstanceOfSatisfying(InvitationAnswered.class, e -> {
                    assertThat(e.answer()).isEqualTo("ACCEPTED");
                    assertThat(e.invitationId()).isEqualTo(invitation.id().value());
                    assertThat(e.unit().code()).isEqualTo("DT-SNV");
                });
    }

    @Test
    void refusesASecondAnswerUntilTheOfficeReopens() {
        Invitation invitation = person();
        invitation.accept(BEFORE, Answer.Channel.LINK);

        assertThatThrownBy(() -> invitation.decline("Bận công tác", BEFORE, Answer.Channel.LINK))
                .isInstanceOfSatisfying(
                        InvitationRuleException.class,
                        ex -> assertThat(ex.code()).isEqualTo("already-answered"));

        invitation.reopen();
        invitation.decline("Bận công tác", BEFORE.plusHours(1), Answer.Channel.LINK);
        assertThat(invitation.status()).isEqualTo(Invitation.Status.DECLINED);
        assertThat(invitation.answer().reason()).isEqualTo("Bận công tác");
    }

    @Test
    void refusesToReopenAnInvitationNotYetAnswered() {
        assertThatThrownBy(() -> person().reopen())
                .isInstanceOfSatisfying(
                        InvitationRuleException.class,
                        ex -> assertThat(ex.code()).isEqualTo("not-answered"));
    }

    @Test
    void refusesAnAnswerThroughTheLinkAtOrAfterTheDeadlineButTakesTheOfficesRecord() {
        Invitation invitation = person();

        assertThatThrownBy(() -> invitation.accept(DEADLINE, Answer.Channel.LINK))
                .isInstanceOfSatisfying(
                        InvitationRuleException.class,
                        ex -> assertThat(ex.code()).isEqualTo("answer-deadline-passed"));
        assertThat(invitation.status()).isEqualTo(Invitation.Status.AWAITING_ANSWER);

        invitation.accept(DEADLINE.plusHours(2), Answer.Channel.OFFICE);
        assertThat(invitation.answer().channel()).isEqualTo(Answer.Channel.OFFICE);
    }

    @Test
    void declineNeedsAReason() {
        Invitation invitation = person();

        assertThatThrownBy(() -> invitation.decline("  ", BEFORE, Answer.Channel.LINK))
                .isInstanceOfSatisfying(InvitationRuleException.class, ex -> {
                    assertThat(ex.code()).isEqualTo("reason-required");
                    assertThat(ex.field()).isEqualTo("reason");
                });
        assertThat(invitation.raisedEvents()).isEmpty();
    }

    @Test
    void aSubstituteGetsAnInvitationOfTheirOwnForTheSameUnitAndSite() {
        Invitation invitation = person();

        Invitation substitute = invitation.substitute(
                new Nomination("Trần Văn Bình", "Phó Trưởng phòng", "Binh@SNV.example"),
                "Đi công tác",
                "SUBS2345",
                BEFORE,
                Answer.Channel.LINK);

        assertThat(invitation.status()).isEqualTo(Invitation.Status.SUBSTITUTED);
        assertThat(invitation.answer().substituteInvitationId())
                .isEqualTo(substitute.id().value());
        assertThat(substitute.origin()).isEqualTo(Invitation.Origin.SUBSTITUTE);
        assertThat(substitute.parentId()).isEqualTo(invitation.id().value());
        assertThat(substitute.invitee().email()).isEqualTo("binh@snv.example");
        assertThat(substitute.invitee().unitCode()).isEqualTo("DT-SNV");
        assertThat(substitute.bridgePointCode()).isEqualTo("DT-TINH");
        assertThat(substitute.answerDeadline()).isEqualTo(DEADLINE);
        assertThat(substitute.awaitingAnswer()).isTrue();
        assertThat(OutboxPayloads.of(invitation, new InvitationContracts()))
                .singleElement()
                .isInstanceOfSatisfying(InvitationAnswered.class, e -> {
                    assertThat(e.answer()).isEqualTo("SUBSTITUTED");
                    assertThat(e.substituteInvitationId())
                            .isEqualTo(substitute.id().value());
                });
    }

    @Test
    void derivesTheSameSubstituteIdWhenTheSameAnswerIsRetried() {
        Invitation first = person();
        Invitation retried = person();
        Nomination nominee = new Nomination("Trần Văn Bình", "Phó Trưởng phòng", "binh@snv.example");

        assertThat(first.substitute(nominee, null, "A", BEFORE, Answer.Channel.LINK)
                        .id())
                .isEqualTo(retried.substitute(nominee, null, "B", BEFORE, Answer.Channel.LINK)
                        .id());
    }

    @Test
    void refusesASubstituteWithoutPositionOrWithABadEmailOrTheInviteeThemself() {
        Invitation invitation = person();

        assertThatThrownBy(() -> invitation.substitute(
                        new Nomination("Trần Văn Bình", null, "binh@snv.example"),
                        null,
                        "X",
                        BEFORE,
                        Answer.Channel.LINK))
                .isInstanceOfSatisfying(
                        InvitationRuleException.class,
                        ex -> assertThat(ex.field()).isEqualTo("substitute.position"));
        assertThatThrownBy(() -> invitation.substitute(
                        new Nomination("Trần Văn Bình", "Chuyên viên", "binh"), null, "X", BEFORE, Answer.Channel.LINK))
                .isInstanceOfSatisfying(
                        InvitationRuleException.class,
                        ex -> assertThat(ex.field()).isEqualTo("substitute.email"));
        assertThatThrownBy(() -> invitation.substitute(
                        new Nomination("Nguyễn Thị Hồng", "Trưởng phòng", "HONG@snv.example"),
                        null,
                        "X",
                        BEFORE,
                        Answer.Channel.LINK))
                .isInstanceOfSatisfying(
                        InvitationRuleException.class,
                        ex -> assertThat(ex.code()).isEqualTo("substitute-is-invitee"));
        assertThat(invitation.status()).isEqualTo(Invitation.Status.AWAITING_ANSWER);
    }

    @Test
    void aUnitNamesDelegatesForItsSeatsWhoEachGetAPersonalInvitation() {
        Invitation quota = quota(3);

        List<Invitation> delegates = quota.nameDelegates(
                List.of(
                        new Nomination("Lê Văn An", "Chủ tịch UBND huyện", "an@chauthanh.example"),
                        new Nomination("Phạm Thị Bé", "Trưởng phòng Nội vụ", "be@chauthanh.example", "DT-TINH")),
                List.of("DLG22222", "DLG33333"),
                BEFORE,
                Answer.Channel.LINK);

        assertThat(delegates).hasSize(2).allSatisfy(delegate -> {
            assertThat(delegate.kind()).isEqualTo(Invitation.Kind.PERSONAL);
            assertThat(delegate.origin()).isEqualTo(Invitation.Origin.NAMED_BY_UNIT);
            assertThat(delegate.parentId()).isEqualTo(quota.id().value());
            assertThat(delegate.invitee().unitCode()).isEqualTo("DT-CHAUTHANH");
        });
        assertThat(delegates.get(0).bridgePointCode()).isEqualTo("DT-BP-CHAUTHANH");
        assertThat(delegates.get(1).bridgePointCode()).isEqualTo("DT-TINH");
        assertThat(quota.status()).isEqualTo(Invitation.Status.DELEGATES_NAMED);
        assertThat(quota.answer().delegateInvitationIds())
                .containsExactly(
                        delegates.get(0).id().value(), delegates.get(1).id().value());
    }

    @Test
    void refusesMoreDelegatesThanSeatsCountingThoseAlreadyNamed() {
        Invitation quota = quota(2);
        quota.nameDelegates(
                List.of(new Nomination("Lê Văn An", "Chủ tịch", "an@x.example")),
                List.of("C1"),
                BEFORE,
                Answer.Channel.LINK);
        quota.reopen();

        assertThatThrownBy(() -> quota.nameDelegates(
                        List.of(new Nomination("B", "P", "b@x.example"), new Nomination("C", "P", "c@x.example")),
                        List.of("C2", "C3"),
                        BEFORE,
                        Answer.Channel.LINK))
                .isInstanceOfSatisfying(
                        InvitationRuleException.class,
                        ex -> assertThat(ex.code()).isEqualTo("too-many-delegates"));

        List<Invitation> more = quota.nameDelegates(
                List.of(new Nomination("B", "P", "b@x.example")), List.of("C2"), BEFORE, Answer.Channel.LINK);
        assertThat(quota.answer().delegateInvitationIds())
                .hasSize(2)
                .contains(more.getFirst().id().value());
    }

    @Test
    void aUnitWhoseLineStatesNoCountNamesAtLeastOneAndUpToTheCap() {
        Invitation open = quota(0);
        assertThat(open.openQuota()).isTrue();

        assertThatThrownBy(() -> open.nameDelegates(List.of(), List.of(), BEFORE, Answer.Channel.LINK))
                .isInstanceOfSatisfying(
                        InvitationRuleException.class,
                        ex -> assertThat(ex.code()).isEqualTo("delegates-required"));
        List<Nomination> tooMany = new java.util.ArrayList<>();
        List<String> codes = new java.util.ArrayList<>();
        for (int i = 0; i <= Invitation.OPEN_QUOTA_CAP; i++) {
            tooMany.add(new Nomination("Đại biểu " + i, "Chuyên viên", "db" + i + "@x.example"));
            codes.add("C" + i);
        }
        assertThatThrownBy(() -> open.nameDelegates(tooMany, codes, BEFORE, Answer.Channel.LINK))
                .isInstanceOfSatisfying(
                        InvitationRuleException.class,
                        ex -> assertThat(ex.code()).isEqualTo("too-many-delegates"));

        List<Invitation> named =
                open.nameDelegates(tooMany.subList(0, 7), codes.subList(0, 7), BEFORE, Answer.Channel.LINK);
        assertThat(named).hasSize(7);
        assertThat(open.status()).isEqualTo(Invitation.Status.DELEGATES_NAMED);
    }

    @Test
    void refusesTwoDelegatesWithOneAddress() {
        Invitation quota = quota(3);

        assertThatThrownBy(() -> quota.nameDelegates(
                        List.of(new Nomination("A", "P", "a@x.example"), new Nomination("B", "P", "A@x.example")),
                        List.of("C1", "C2"),
                        BEFORE,
                        Answer.Channel.LINK))
                .isInstanceOfSatisfying(
                        InvitationRuleException.class,
                        ex -> assertThat(ex.code()).isEqualTo("duplicate-delegate"));
    }

    @Test
    void aSeatQuotaCannotSimplyAcceptNorSubstituteAndAPersonCannotNameDelegates() {
        assertThatThrownBy(() -> quota(2).accept(BEFORE, Answer.Channel.LINK))
                .isInstanceOfSatisfying(
                        InvitationRuleException.class,
                        ex -> assertThat(ex.code()).isEqualTo("seat-quota-needs-delegates"));
        assertThatThrownBy(() -> quota(2).substitute(
                                new Nomination("A", "P", "a@x.example"), null, "C", BEFORE, Answer.Channel.LINK))
                .isInstanceOfSatisfying(
                        InvitationRuleException.class,
                        ex -> assertThat(ex.code()).isEqualTo("seat-quota-needs-delegates"));
        assertThatThrownBy(() -> person().nameDelegates(
                                List.of(new Nomination("A", "P", "a@x.example")),
                                List.of("C"),
                                BEFORE,
                                Answer.Channel.LINK))
                .isInstanceOfSatisfying(
                        InvitationRuleException.class,
                        ex -> assertThat(ex.code()).isEqualTo("not-a-seat-quota"));
    }

    @Test
    void aUnitMayDeclineItsSeatsWithAReason() {
        Invitation quota = quota(5);

        quota.decline("Trùng lịch họp Huyện ủy", BEFORE, Answer.Channel.LINK);

        assertThat(quota.status()).isEqualTo(Invitation.Status.DECLINED);
    }

    @Test
    void aCancelledInvitationTakesNoAnswerAndNoCheckIn() {
        Invitation invitation = person();
        assertThat(invitation.cancel("Hội nghị hủy")).isTrue();
        assertThat(invitation.cancel("again")).isFalse();

        assertThatThrownBy(() -> invitation.accept(BEFORE, Answer.Channel.LINK))
                .isInstanceOfSatisfying(
                        InvitationRuleException.class,
                        ex -> assertThat(ex.code()).isEqualTo("invitation-cancelled"));
        assertThatThrownBy(() -> invitation.checkIn(
                        CheckIn.Presence.IN_PERSON, null, null, DAY, ON_THE_DAY, CheckIn.Channel.OFFICE))
                .isInstanceOfSatisfying(
                        InvitationRuleException.class,
                        ex -> assertThat(ex.code()).isEqualTo("invitation-cancelled"));
        assertThat(invitation.active()).isFalse();
    }

    @Test
    void checksInOnTheDayOnceThroughTheLinkAndAnnouncesIt() {
        Invitation invitation = person();
        invitation.checkIn(CheckIn.Presence.ONLINE, null, null, DAY, ON_THE_DAY, CheckIn.Channel.LINK);

        assertThat(invitation.checkIn().presence()).isEqualTo(CheckIn.Presence.ONLINE);
        assertThat(invitation.checkIn().bridgePointCode()).isEqualTo("DT-TINH");
        assertThat(OutboxPayloads.of(invitation, new InvitationContracts()))
                .singleElement()
                .isInstanceOfSatisfying(DelegateCheckedIn.class, e -> {
                    assertThat(e.mode()).isEqualTo("ONLINE");
                    assertThat(e.bridgePointCode()).isEqualTo("DT-TINH");
                });
        assertThatThrownBy(() -> invitation.checkIn(
                        CheckIn.Presence.IN_PERSON, null, null, DAY, ON_THE_DAY, CheckIn.Channel.LINK))
                .isInstanceOfSatisfying(
                        InvitationRuleException.class,
                        ex -> assertThat(ex.code()).isEqualTo("already-checked-in"));
    }

    @Test
    void theOfficeMayCorrectACheckInAndRecordAnAbsenceWithItsReason() {
        Invitation invitation = person();
        invitation.checkIn(CheckIn.Presence.ONLINE, null, null, DAY, ON_THE_DAY, CheckIn.Channel.LINK);

        assertThatThrownBy(() -> invitation.checkIn(
                        CheckIn.Presence.ABSENT, null, null, DAY, ON_THE_DAY, CheckIn.Channel.OFFICE))
                .isInstanceOfSatisfying(
                        InvitationRuleException.class,
                        ex -> assertThat(ex.code()).isEqualTo("reason-required"));
        invitation.checkIn(
                CheckIn.Presence.IN_PERSON, "DT-TINH", null, DAY, ON_THE_DAY.plusMinutes(5), CheckIn.Channel.OFFICE);
        assertThat(invitation.checkIn().presence()).isEqualTo(CheckIn.Presence.IN_PERSON);

        int raised = invitation.raisedEvents().size();
        invitation.checkIn(CheckIn.Presence.ABSENT, null, "Ốm", DAY, ON_THE_DAY.plusMinutes(9), CheckIn.Channel.OFFICE);
        assertThat(invitation.checkIn().reason()).isEqualTo("Ốm");
        assertThat(invitation.raisedEvents()).hasSize(raised);
    }

    @Test
    void refusesCheckInBeforeTheDayForASeatQuotaOrADeclinedInvitationAndAbsenceThroughTheLink() {
        Invitation invitation = person();
        assertThatThrownBy(() -> invitation.checkIn(
                        CheckIn.Presence.IN_PERSON,
                        null,
                        null,
                        DAY,
                        DAY.minusDays(1).atTime(23, 0).atOffset(java.time.ZoneOffset.ofHours(7)),
                        CheckIn.Channel.OFFICE))
                .isInstanceOfSatisfying(
                        InvitationRuleException.class,
                        ex -> assertThat(ex.code()).isEqualTo("check-in-not-open"));
        assertThatThrownBy(() -> invitation.checkIn(
                        CheckIn.Presence.IN_PERSON, null, null, null, ON_THE_DAY, CheckIn.Channel.OFFICE))
                .isInstanceOfSatisfying(
                        InvitationRuleException.class,
                        ex -> assertThat(ex.code()).isEqualTo("not-scheduled"));
        assertThatThrownBy(() ->
                        invitation.checkIn(CheckIn.Presence.ABSENT, null, "x", DAY, ON_THE_DAY, CheckIn.Channel.LINK))
                .isInstanceOfSatisfying(
                        InvitationRuleException.class,
                        ex -> assertThat(ex.code()).isEqualTo("absence-by-office"));
        assertThatThrownBy(() -> quota(2).checkIn(
                                CheckIn.Presence.IN_PERSON, null, null, DAY, ON_THE_DAY, CheckIn.Channel.OFFICE))
                .isInstanceOfSatisfying(
                        InvitationRuleException.class,
                        ex -> assertThat(ex.code()).isEqualTo("seat-quota-check-in"));
        invitation.decline("Ốm", BEFORE, Answer.Channel.LINK);
        assertThatThrownBy(() -> invitation.checkIn(
                        CheckIn.Presence.IN_PERSON, null, null, DAY, ON_THE_DAY, CheckIn.Channel.OFFICE))
                .isInstanceOfSatisfying(
                        InvitationRuleException.class,
                        ex -> assertThat(ex.code()).isEqualTo("not-attending"));
        assertThat(invitation.checkIn()).isNull();
    }

    @Test
    void movesTheDeadlineOnlyWhileAwaitingAnAnswer() {
        Invitation waiting = person();
        Invitation answered = person();
        answered.accept(BEFORE, Answer.Channel.LINK);

        assertThat(waiting.moveDeadline(DEADLINE.plusDays(30))).isTrue();
        assertThat(waiting.answerDeadline()).isEqualTo(DEADLINE.plusDays(30));
        assertThat(answered.moveDeadline(DEADLINE.plusDays(30))).isFalse();
    }

    @Test
    void readdressesOnlyAnInvitationWithoutAnAddress() {
        Invitation withAddress = person();
        Invitation without = Invitation.issue(
                InvitationId.derived("p3", "group:g9"),
                "p3",
                "dong-thap",
                Invitation.Origin.COMPOSITION,
                new InviteeSpec(
                        "group:g9",
                        Invitee.unit("DT-TAMNONG", "UBND huyện Tam Nông", null, Invitee.Category.OFFICIAL),
                        2,
                        null,
                        false),
                "C",
                DEADLINE,
                Instant.EPOCH);

        assertThat(withAddress.readdress("other@x.example")).isFalse();
        assertThat(without.readdress("TamNong@DT.example")).isTrue();
        assertThat(without.invitee().email()).isEqualTo("tamnong@dt.example");
    }

    @Test
    void keepsVietnameseNamesInNfc() {
        String decomposed = java.text.Normalizer.normalize("Nguyễn Thị Hồng", java.text.Normalizer.Form.NFD);
        Invitee invitee = new Invitee(decomposed, null, null, null, null, "a@b.example", null);

        assertThat(invitee.name()).isEqualTo("Nguyễn Thị Hồng").hasSize(15);
        assertThat(invitee.category()).isEqualTo(Invitee.Category.OFFICIAL);
    }

    @Test
    void derivesTheSameIdForTheSameCompositionLine() {
        assertThat(InvitationId.derived("p3", "group:g1"))
                .isEqualTo(InvitationId.derived("p3", "group:g1"))
                .isNotEqualTo(InvitationId.derived("p4", "group:g1"));
    }
}
