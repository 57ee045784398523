package vn.gov.conference.notification.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.conference.notification.QueryIndexes.anyUnique;
import static vn.gov.conference.notification.QueryIndexes.serving;
import static vn.gov.conference.notification.QueryIndexes.unknownKeys;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.index.Index;

class InvitationIndexesTests {

    private final List<Index> declared = InvitationIndexes.declared();

    @Test
    void servesAConferencesInvitationsInIssueOrderAndTheirCount() {
        assertThat(serving(declared, Set.of("planId"), "issuedAt", "_id")).isEqualTo("invitation_plan_page");
        assertThat(serving(declared, Set.of("planId", "status"), "issuedAt", "_id"))
                .isEqualTo("invitation_plan_status_page");
        assertThat(serving(declared, Set.of("planId"), "issuedAt")).isNotNull();
        assertThat(serving(declared, Set.of("planId"))).isNotNull();
    }

    @Test
    void servesTheCheckInCodeWithoutMakingItUnique() {
        assertThat(serving(declared, Set.of("planId", "code"))).isEqualTo("invitation_code");
        assertThat(anyUnique(declared)).isFalse();
    }

    @Test
    void servesTheSeatQuotasAUnitsNewAddressUnblocks() {
        assertThat(serving(declared, Set.of("tenant", "invitee.unitCode", "status")))
                .isEqualTo("invitation_unit");
    }

    @Test
    void namesOnlyFieldsTheDocumentsHave() {
        assertThat(unknownKeys(declared, Invitation.class)).isEmpty();
    }
}
