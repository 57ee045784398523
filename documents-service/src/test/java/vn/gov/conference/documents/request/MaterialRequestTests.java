package vn.gov.conference.documents.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import vn.gov.conference.contracts.UnitRef;
import vn.gov.conference.documents.Raised;
import vn.gov.conference.documents.content.MaterialFormat;
import vn.gov.conference.documents.content.StoredContent;
import vn.gov.conference.platform.web.InvalidInputException;

class MaterialRequestTests {

    static final UnitRef SKHDT = new UnitRef("TG-SKHDT", "Sở Kế hoạch và Đầu tư");
    static final UnitRef SNV = new UnitRef("TG-SNV", "Sở Nội vụ");
    /** "trước ngày 25/7/2024": the first late instant is midnight starting the 25th in Vietnam. */
    static final Instant DEADLINE =
            OffsetDateTime.parse("2024-07-25T00:00+07:00").toInstant();

    static final Instant BEFORE = DEADLINE.minusSeconds(86_400);

    @Test
    void opensAtOnceAndAnnouncesItself() {
        MaterialRequest request = speech(false);

        assertThat(request.status()).isEqualTo(RequestStatus.OPEN);
        assertThat(request.openedAt()).isEqualTo(BEFORE);
        assertThat(Raised.since(request)).containsExactly(new RequestEvent.Requested(null, BEFORE));
    }

    @Test
    void aLaterStepOfAChainWaitsSilentlyUntilOpened() {
        MaterialRequest request = speech(true);

        assertThat(request.status()).isEqualTo(RequestStatus.WAITING);
        assertThat(Raised.since(request)).isEmpty();
        assertThatThrownBy(() -> request.submit(pdf("a"), "tg-skhdt", BEFORE))
                .isInstanceOf(RequestStateException.class)
                .hasMessageContaining("previous step");

        assertThat(request.open("previous-request", BEFORE.plusSeconds(60))).isTrue();
        assertThat(request.status()).isEqualTo(RequestStatus.OPEN);
        assertThat(request.previousRequestId()).isEqualTo("previous-request");
        assertThat(Raised.since(request))
                .containsExactly(new RequestEvent.Requested("previous-request", BEFORE.plusSeconds(60)));

        assertThat(request.open("another-previous", BEFORE.plusSeconds(120))).isFalse();
        assertThat(request.previousRequestId()).isEqualTo("previous-request");
        assertThat(Raised.since(request)).isEmpty();
    }

    @Test
    void keepsEverySubmissionAsANumberedVersionOfOneDocument() {
        MaterialRequest request = speech(false);

        Submission first = request.submit(pdf("v1"), "tg-skhdt", BEFORE);
        String documentId = request.documentId();
        Submission second = request.submit(pdf("v2"), "tg-skhdt", BEFORE.plusSeconds(10));

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(request.documentId()).isEqualTo(documentId).isNotNull();
        assertThat(request.submissions()).extracting(Submission::sha256).containsExactly("sha-v1", "sha-v2");
        assertThat(request.submission(1)).contains(first);
        assertThat(request.submission(3)).isEmpty();
        assertThat(request.latest()).contains(second);
    }

    @Test
    void marksASubmissionLateFromTheDeadlineInstantOn() {
        MaterialRequest onTime = speech(false);
        MaterialRequest atDeadline = speech(false);

        assertThat(onTime.submit(pdf("a"), "tg-skhdt", DEADLINE.minusSeconds(1)).late())
                .isFalse();
        assertThat(atDeadline.submit(pdf("a"), "tg-skhdt", DEADLINE).late()).isTrue();
        assertThat(onTime.deadlineStatus(DEADLINE.plusSeconds(3600))).isEqualTo(DeadlineStatus.ON_TIME);
        assertThat(atDeadline.deadlineStatus(DEADLINE.plusSeconds(3600))).isEqualTo(DeadlineStatus.LATE);
    }

    @Test
    void acceptsTheVersionUnderReview() {
        MaterialRequest request = speech(false);
        request.submit(pdf("a"), "tg-skhdt", BEFORE);
        Raised.since(request);

        Submission accepted = request.accept("tg-snv", BEFORE.plusSeconds(60));

        assertThat(request.status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(accepted.review().verdict()).isEqualTo(Review.Verdict.ACCEPTED);
        assertThat(request.acceptedSubmission()).contains(accepted);
        assertThat(Raised.since(request)).containsExactly(new RequestEvent.Accepted(accepted, BEFORE.plusSeconds(60)));
    }

    @Test
    void refusesReviewWithoutAVersionUnderReview() {
        MaterialRequest request = speech(false);

        assertThatThrownBy(() -> request.accept("tg-snv", BEFORE)).isInstanceOf(RequestStateException.class);
        assertThatThrownBy(() -> request.returnForRevision("Bổ sung số liệu", "tg-snv", BEFORE))
                .isInstanceOf(RequestStateException.class);

        request.submit(pdf("a"), "tg-skhdt", BEFORE);
        request.accept("tg-snv", BEFORE);
        assertThatThrownBy(() -> request.accept("tg-snv", BEFORE))
                .isInstanceOfSatisfying(
                        RequestStateException.class,
                        ex -> assertThat(ex.status()).isEqualTo(RequestStatus.ACCEPTED));
        assertThatThrownBy(() -> request.submit(pdf("b"), "tg-skhdt", BEFORE))
                .isInstanceOf(RequestStateException.class)
                .hasMessageContaining("already accepted");
    }

    @Test
    void returnsWithACommentAndTakesTheNextVersion() {
        MaterialRequest request = speech(false);
        request.submit(pdf("v1"), "tg-skhdt", BEFORE);
        Raised.since(request);

        Submission returned = request.returnForRevision("  Bổ sung số liệu PCI năm 2023  ", "tg-snv", BEFORE);

        assertThat(request.status()).isEqualTo(RequestStatus.RETURNED);
        assertThat(returned.review().comment()).isEqualTo("Bổ sung số liệu PCI năm 2023");
        assertThat(Raised.since(request))
                .containsExactly(new RequestEvent.Returned(returned, "Bổ sung số liệu PCI năm 2023", BEFORE));
        assertThat(request.deadlineStatus(BEFORE)).isEqualTo(DeadlineStatus.DUE);

        request.submit(pdf("v2"), "tg-skhdt", BEFORE.plusSeconds(60));
        request.accept("tg-snv", BEFORE.plusSeconds(120));
        assertThat(request.submissions()).extracting(Submission::accepted).containsExactly(false, true);
        assertThat(request.submission(1).orElseThrow().returned()).isTrue();
    }

    @Test
    void refusesAReturnCommentWithUnsafeCharactersNamingTheField() {
        MaterialRequest request = speech(false);
        request.submit(pdf("v1"), "tg-skhdt", BEFORE);

        assertThatThrownBy(() -> request.returnForRevision("Bổ sung\u0000 số liệu", "tg-snv", BEFORE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("comment");
                    assertThat(e.rule()).isEqualTo("control-character");
                });
        assertThat(request.status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(request.returnForRevision("Bổ sung:\n- số liệu PCI", "tg-snv", BEFORE)
                        .review()
                        .comment())
                .as("a comment may break lines")
                .isEqualTo("Bổ sung:\n- số liệu PCI");
    }

    @Test
    void refusesAReturnWithoutAComment() {
        MaterialRequest request = speech(false);
        request.submit(pdf("v1"), "tg-skhdt", BEFORE);

        assertThatThrownBy(() -> request.returnForRevision("   ", "tg-snv", BEFORE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(request.status()).isEqualTo(RequestStatus.SUBMITTED);
    }

    @Test
    void raisesOverdueOnceWhenTheDeadlinePassesWithNothingSubmitted() {
        MaterialRequest request = speech(false);
        Raised.since(request);

        assertThat(request.raiseOverdueIfDue(DEADLINE.minusSeconds(1))).isFalse();
        assertThat(request.deadlineStatus(DEADLINE.minusSeconds(1))).isEqualTo(DeadlineStatus.DUE);
        assertThat(request.raiseOverdueIfDue(DEADLINE)).isTrue();
        assertThat(Raised.since(request)).containsExactly(new RequestEvent.Overdue(DEADLINE, DEADLINE));
        assertThat(request.deadlineStatus(DEADLINE)).isEqualTo(DeadlineStatus.OVERDUE);

        assertThat(request.raiseOverdueIfDue(DEADLINE.plusSeconds(3600))).isFalse();
        request.submit(pdf("late"), "tg-skhdt", DEADLINE.plusSeconds(7200));
        request.returnForRevision("Sai mẫu", "tg-snv", DEADLINE.plusSeconds(7300));
        assertThat(request.raiseOverdueIfDue(DEADLINE.plusSeconds(7400))).isFalse();
        assertThat(Raised.since(request)).noneMatch(RequestEvent.Overdue.class::isInstance);
    }

    @Test
    void isNotOverdueWhileAVersionAwaitsReviewOrTheStepWaits() {
        MaterialRequest submitted = speech(false);
        submitted.submit(pdf("a"), "tg-skhdt", BEFORE);
        MaterialRequest waiting = speech(true);

        assertThat(submitted.raiseOverdueIfDue(DEADLINE.plusSeconds(1))).isFalse();
        assertThat(waiting.raiseOverdueIfDue(DEADLINE.plusSeconds(1))).isFalse();
    }

    @Test
    void aMovedDeadlineMayBeOverdueAgainAndIsAnnounced() {
        MaterialRequest request = speech(false);
        request.raiseOverdueIfDue(DEADLINE);
        Raised.since(request);
        Instant later = DEADLINE.plusSeconds(5 * 86_400);

        assertThat(request.revise(terms(later), DEADLINE.plusSeconds(10))).isTrue();

        assertThat(request.deadline()).isEqualTo(later);
        assertThat(request.overdueRaisedAt()).isNull();
        assertThat(Raised.since(request)).containsExactly(new RequestEvent.Requested(null, DEADLINE.plusSeconds(10)));
        assertThat(request.raiseOverdueIfDue(later)).isTrue();
        assertThat(request.revise(terms(later), later)).isFalse();
    }

    @Test
    void closesUnfinishedWorkButKeepsAnAcceptedMaterial() {
        MaterialRequest open = speech(false);
        MaterialRequest accepted = speech(false);
        accepted.submit(pdf("a"), "tg-skhdt", BEFORE);
        accepted.accept("tg-snv", BEFORE);

        assertThat(open.close("Kế hoạch bị hủy")).isTrue();
        assertThat(accepted.close("Kế hoạch bị hủy")).isFalse();

        assertThat(open.status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(accepted.status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThatThrownBy(() -> open.submit(pdf("b"), "tg-skhdt", BEFORE))
                .isInstanceOf(RequestStateException.class)
                .hasMessageContaining("Kế hoạch bị hủy");
        assertThat(open.raiseOverdueIfDue(DEADLINE)).isFalse();
    }

    @Test
    void aRequestWithoutADeadlineIsNeverLate() {
        MaterialRequest request = MaterialRequest.create(
                "plan-1",
                "tien-giang",
                "a-discussion",
                0,
                new Terms(MaterialKind.DISCUSSION_PAPER, "Ý kiến thảo luận", SKHDT, null, null, null),
                false,
                BEFORE);

        assertThat(request.raiseOverdueIfDue(Instant.parse("2030-01-01T00:00:00Z")))
                .isFalse();
        assertThat(request.submit(pdf("a"), "tg-skhdt", Instant.parse("2030-01-01T00:00:00Z"))
                        .late())
                .isFalse();
    }

    @Test
    void knowsItsOwnerAndRecipient() {
        MaterialRequest request = speech(false);

        assertThat(request.ownedBy("TG-SKHDT")).isTrue();
        assertThat(request.ownedBy("TG-SNV")).isFalse();
        assertThat(request.addressedTo("TG-SNV")).isTrue();
        assertThat(request.addressedTo("TG-SKHDT")).isFalse();
    }

    static MaterialRequest speech(boolean waits) {
        return MaterialRequest.create("plan-1", "tien-giang", "a-skhdt-speech", 0, terms(DEADLINE), waits, BEFORE);
    }

    static Terms terms(Instant deadline) {
        return new Terms(
                MaterialKind.DRAFT_SPEECH, "Dự thảo phát biểu chỉ đạo về PCI", SKHDT, SNV, deadline, "a-snv-speech");
    }

    static StoredContent pdf(String name) {
        return new StoredContent("file-" + name, name + ".pdf", MaterialFormat.PDF, 1234, "sha-" + name);
    }

    @Test
    void theSameTermsReadAgainChangeNothing() {
        MaterialRequest request = speech(false);
        Raised.since(request);
        Instant precise = DEADLINE.plusNanos(123_456_789);
        request.revise(terms(precise), BEFORE);
        Raised.since(request);

        assertThat(request.revise(
                        new Terms(
                                MaterialKind.DRAFT_SPEECH,
                                java.text.Normalizer.normalize(
                                        " Dự thảo phát biểu chỉ đạo về PCI ", java.text.Normalizer.Form.NFD),
                                SKHDT,
                                SNV,
                                precise.plusNanos(1),
                                "a-snv-speech"),
                        BEFORE))
                .isFalse();
        assertThat(Raised.since(request)).isEmpty();
    }
}
