package vn.gov.conference.plan.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import vn.gov.conference.contracts.UnitRef;
import vn.gov.conference.plan.readiness.PlanReadiness.MaterialStatus;

class PlanReadinessTests {

    private static final UnitRef SKHDT = new UnitRef("TG-SKHDT", "Sở Kế hoạch và Đầu tư");
    private static final UnitRef SNV = new UnitRef("TG-SNV", "Sở Nội vụ");
    private static final OffsetDateTime JULY_25 = OffsetDateTime.parse("2024-07-25T00:00:00+07:00");

    private final PlanReadiness readiness = PlanReadiness.of("plan-1");

    @Test
    void keepsTheLatestAgendaRevisionWhateverTheOrder() {
        readiness.agendaRevision(2, JULY_25, JULY_25.plusHours(4));
        readiness.agendaRevision(1, JULY_25, JULY_25.plusHours(3));

        assertThat(readiness.agenda().revision()).isEqualTo(2);
        assertThat(readiness.agenda().sessionEnd()).isEqualTo(JULY_25.plusHours(4));
    }

    @Test
    void countsEachInvitationsLatestAnswerOnce() {
        readiness.answered("inv-1", "TG-SNV", "ACCEPTED", JULY_25);
        readiness.answered("inv-1", "TG-SNV", "ACCEPTED", JULY_25);
        readiness.answered("inv-2", "TG-SKHDT", "ACCEPTED", JULY_25);
        readiness.answered("inv-2", "TG-SKHDT", "DECLINED", JULY_25.plusDays(1));
        readiness.answered("inv-2", "TG-SKHDT", "ACCEPTED", JULY_25.minusDays(1));

        assertThat(readiness.count("ACCEPTED")).isEqualTo(1);
        assertThat(readiness.count("DECLINED")).isEqualTo(1);
    }

    @Test
    void neverCountsFewerInvitationsThanOnceIssued() {
        readiness.invitationsIssued(130);
        readiness.invitationsIssued(40);

        assertThat(readiness.invitationsIssued()).isEqualTo(130);
    }

    @Test
    void followsAMaterialFromRequestToAcceptanceAndKeepsItLate() {
        readiness.requested("r1", "skhdt-phat-bieu", SKHDT, SNV, "DRAFT_SPEECH", "Phát biểu PCI", JULY_25);
        assertThat(readiness.materials().getFirst().overdue(JULY_25))
                .as("due before 25/7: late from its start")
                .isTrue();
        assertThat(readiness.materials().getFirst().overdue(JULY_25.minusMinutes(1)))
                .isFalse();

        readiness.submitted("r1", SKHDT, SNV, true, JULY_25.plusHours(9));
        readiness.accepted("r1", SKHDT);
        readiness.returned("r1", SKHDT);
        readiness.requested("r1", "skhdt-phat-bieu", SKHDT, SNV, "DRAFT_SPEECH", "Phát biểu PCI", JULY_25);

        PlanReadiness.Material material = readiness.materials().getFirst();
        assertThat(readiness.materials()).hasSize(1);
        assertThat(material.status())
                .as("an accepted material is not reopened by a stray return or request")
                .isEqualTo(MaterialStatus.ACCEPTED);
        assertThat(material.late()).isTrue();
        assertThat(material.overdue(JULY_25.plusDays(10))).isFalse();
    }

    @Test
    void marksAMaterialOverdueWhenTheDocumentsServiceSaysSoEvenBeforeItsRequestArrives() {
        readiness.reportedOverdue("r2", SKHDT, SNV, JULY_25);
        readiness.requested("r2", "a", SKHDT, SNV, "REPORT", "Báo cáo", JULY_25);

        assertThat(readiness.materials()).singleElement().satisfies(m -> {
            assertThat(m.reportedOverdue()).isTrue();
            assertThat(m.overdue(JULY_25.minusDays(3))).isTrue();
            assertThat(m.title()).isEqualTo("Báo cáo");
        });
        readiness.submitted("r2", SKHDT, SNV, true, JULY_25.plusDays(1));
        assertThat(readiness.materials().getFirst().overdue(JULY_25.plusDays(2)))
                .as("handed in, if late")
                .isFalse();
    }
}
