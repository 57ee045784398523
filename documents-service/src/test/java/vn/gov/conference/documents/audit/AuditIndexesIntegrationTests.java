package vn.gov.conference.documents.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.gov.conference.testing.IndexCoverage;
import vn.gov.conference.testing.IndexCoverage.IndexKeys;
import vn.gov.conference.testing.IndexCoverage.Key;
import vn.gov.conference.testing.IndexCoverage.QueryShape;
import vn.gov.conference.testing.IntegrationTest;

/** A plan's audit trail is read through an index that yields it in time order, created when the service starts. */
@IntegrationTest
class AuditIndexesIntegrationTests {

    @Autowired
    MongoTemplate mongo;

    @Test
    void createsThePlanAndTimeIndexAtStartUp() {
        assertThat(IndexCoverage.listed(mongo, "audit_log"))
                .contains(new IndexKeys(AuditIndexes.PLAN_TIME, List.of(new Key("planId", 1), new Key("at", 1))));
    }

    @Test
    void servesTheTrailOfAPlanFilterAndOrderFromAnIndex() {
        IndexCoverage.Recorder recorder = new IndexCoverage.Recorder(mongo);
        new AuditLog(recorder).ofPlan("plan-without-entries");

        QueryShape trail = recorder.shapes().getFirst();
        assertThat(trail.equality()).containsExactly("planId");
        assertThat(trail.sort()).containsExactly(new Key("at", 1));
        assertThat(IndexCoverage.listed(mongo, "audit_log")).anyMatch(index -> index.serves(trail));
    }

    @Test
    void countsAnIndexReadBackwardsButNotOneThatPutsTheSortBeforeTheFilter() {
        IndexCoverage.Recorder recorder = new IndexCoverage.Recorder(mongo);
        new AuditLog(recorder).ofPlan("plan-without-entries");
        QueryShape trail = recorder.shapes().getFirst();

        IndexKeys newestFirst = new IndexKeys("newest first", List.of(new Key("planId", 1), new Key("at", -1)));
        IndexKeys timeFirst = new IndexKeys("time first", List.of(new Key("at", 1), new Key("planId", 1)));
        assertThat(newestFirst.serves(trail)).isTrue();
        assertThat(timeFirst.serves(trail)).isFalse();
    }
}
