package vn.gov.conference.notification.email;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.conference.notification.QueryIndexes.anyUnique;
import static vn.gov.conference.notification.QueryIndexes.serving;
import static vn.gov.conference.notification.QueryIndexes.unknownKeys;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.index.Index;

class EmailIndexesTests {

    private final List<Index> declared = EmailIndexes.declared();

    @Test
    void servesTheRelaysSearchForDueEmailsInBothItsBranches() {
        assertThat(serving(declared, Set.of("status"), "nextAttemptAt")).isEqualTo("email_due");
        assertThat(serving(declared, Set.of("status"), "claimedUntil")).isEqualTo("email_lease_expired");
    }

    @Test
    void servesTheWithdrawalOfACausesPendingEmails() {
        assertThat(serving(declared, Set.of("cause", "status"))).isNotNull();
    }

    @Test
    void servesTheDeliveryLogByPlanProvinceOrRecipientNewestFirst() {
        assertThat(serving(declared, Set.of("planId"), "createdAt")).isNotNull();
        assertThat(serving(declared, Set.of("tenant"), "createdAt")).isNotNull();
        assertThat(serving(declared, Set.of("recipient"), "createdAt")).isNotNull();
        assertThat(serving(declared, Set.of(), "createdAt")).isNotNull();
        assertThat(serving(declared, Set.of("planId"), "createdAt", "_id")).isEqualTo("email_log_plan_page");
        assertThat(serving(declared, Set.of("tenant"), "createdAt", "_id")).isEqualTo("email_log_province_page");
        assertThat(serving(declared, Set.of(), "createdAt", "_id")).isEqualTo("email_log_page");
        assertThat(declared.stream().filter(index -> index.getIndexKeys().containsKey("createdAt")))
                .allSatisfy(index ->
                        assertThat(index.getIndexKeys().get("createdAt")).isEqualTo(-1));
    }

    @Test
    void refusesNothingValidAndNamesEveryIndex() {
        assertThat(anyUnique(declared)).isFalse();
        assertThat(declared)
                .extracting(index -> index.getIndexOptions().getString("name"))
                .doesNotContainNull()
                .doesNotHaveDuplicates();
    }

    @Test
    void namesOnlyFieldsTheDocumentsHave() {
        assertThat(unknownKeys(declared, OutboundEmail.class)).isEmpty();
    }
}
