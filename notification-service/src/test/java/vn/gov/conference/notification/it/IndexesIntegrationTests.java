package vn.gov.conference.notification.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The service starts with the indexes its searches need, and none of them refuses a document. */
class IndexesIntegrationTests extends NotificationIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    private List<Document> indexes(String collection) {
        return mongo.getCollection(collection).listIndexes().into(new ArrayList<>());
    }

    private List<String> names(String collection) {
        return indexes(collection).stream()
                .map(index -> index.getString("name"))
                .toList();
    }

    @Test
    void startsWithTheIndexesOfItsSearches() {
        assertThat(names("emails"))
                .contains(
                        "email_due",
                        "email_lease_expired",
                        "email_cause",
                        "email_log_plan_page",
                        "email_log_province_page",
                        "email_log_recipient_page",
                        "email_log_page");
        assertThat(names("invitations"))
                .contains("invitation_plan_page", "invitation_plan_status_page", "invitation_code", "invitation_unit");
        assertThat(names("directory")).contains("directory_province");
        assertThat(indexes("invitations"))
                .filteredOn(index -> "invitation_unit".equals(index.getString("name")))
                .singleElement()
                .satisfies(index -> assertThat(index.get("key", Document.class).keySet())
                        .containsExactly("tenant", "invitee.unitCode", "status"));
    }

    @Test
    void noIndexOfItsOwnIsUnique() {
        for (String collection : List.of("emails", "email_contents", "invitations", "directory")) {
            assertThat(indexes(collection))
                    .as(collection)
                    .filteredOn(index -> Boolean.TRUE.equals(index.get("unique")))
                    .extracting(index -> index.getString("name"))
                    .allSatisfy(name -> assertThat(name).isIn("_id_", "stand_in_versioned_save"));
        }
    }
}
