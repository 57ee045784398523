package vn.gov.conference.documents.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import vn.gov.conference.testing.IndexCoverage;
import vn.gov.conference.testing.IndexCoverage.IndexKeys;
import vn.gov.conference.testing.IndexCoverage.Key;
import vn.gov.conference.testing.IndexCoverage.QueryShape;
import vn.gov.conference.testing.IntegrationTest;

/**
 * The material requests' indexes exist once the service has started, every finder of the requests is served by one,
 * and a document belongs to one request only.
 */
@IntegrationTest
class MaterialRequestIndexesIntegrationTests {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MongoMappingContext mapping;

    @Test
    void createsTheRequestIndexesAtStartUp() {
        assertThat(IndexCoverage.listed(mongo, "material_requests"))
                .contains(
                        new IndexKeys(
                                MaterialRequestIndexes.PLAN_ASSIGNMENT,
                                List.of(new Key("planId", 1), new Key("assignmentId", 1))),
                        new IndexKeys(MaterialRequestIndexes.DOCUMENT, List.of(new Key("documentId", 1))),
                        new IndexKeys(
                                MaterialRequestIndexes.STATUS_DEADLINE,
                                List.of(new Key("status", 1), new Key("overdueRaisedAt", 1), new Key("deadline", 1))),
                        new IndexKeys(
                                MaterialRequestIndexes.SUBMITTED_FILES, List.of(new Key("submissions.fileId", 1))));
        IndexInfo document = mongo.indexOps(MaterialRequest.class).getIndexInfo().stream()
                .filter(index -> index.getName().equals(MaterialRequestIndexes.DOCUMENT))
                .findFirst()
                .orElseThrow();
        assertThat(document.isUnique()).isTrue();
        assertThat(document.isSparse()).isTrue();
    }

    @Test
    void servesEveryFinderOfTheRequestsWithAnIndex() {
        List<QueryShape> finders = IndexCoverage.finders(MaterialRequests.class, MaterialRequest.class, mapping);
        List<IndexKeys> indexes = IndexCoverage.listed(mongo, "material_requests");

        assertThat(finders)
                .extracting(QueryShape::description)
                .containsExactlyInAnyOrder(
                        "findByDocumentId",
                        "findByPlanId",
                        "findByPlanIdAndAssignmentId",
                        "findByStatus",
                        "findByStatusInAndDeadlineLessThanEqualAndOverdueRaisedAtIsNull",
                        "findBySubmissionsFileIdIn");
        assertThat(finders)
                .filteredOn(finder -> finder.description().startsWith("findByStatusIn"))
                .singleElement()
                .satisfies(overdue -> {
                    assertThat(overdue.equality()).containsExactlyInAnyOrder("status", "overdueRaisedAt");
                    assertThat(overdue.range()).containsExactly("deadline");
                });
        assertThat(finders)
                .allSatisfy(
                        finder -> assertThat(indexes).as(finder.toString()).anyMatch(index -> index.serves(finder)));
    }

    @Test
    void refusesASecondRequestWithTheSameDocumentButTakesAnyNumberWithoutOne() {
        MongoCollection<Document> requests = mongo.getCollection("material_requests");
        String planId = "plan-" + UUID.randomUUID();
        String documentId = UUID.randomUUID().toString();
        try {
            requests.insertOne(request(planId).append("documentId", documentId));
            requests.insertOne(request(planId));
            requests.insertOne(request(planId));

            assertThatThrownBy(() -> requests.insertOne(request(planId).append("documentId", documentId)))
                    .isInstanceOf(MongoWriteException.class)
                    .hasMessageContaining("duplicate key");
            assertThat(requests.countDocuments(Filters.eq("planId", planId))).isEqualTo(3);
        } finally {
            requests.deleteMany(Filters.eq("planId", planId));
        }
    }

    private static Document request(String planId) {
        return new Document("_id", UUID.randomUUID().toString()).append("planId", planId);
    }
}
