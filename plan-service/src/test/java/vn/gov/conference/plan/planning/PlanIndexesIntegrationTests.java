package vn.gov.conference.plan.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexInfo;
import vn.gov.conference.plan.planning.PlanSearch.PlanQuery;
import vn.gov.conference.plan.reference.ReferenceStore;
import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.security.Role;
import vn.gov.conference.testing.IndexCoverage;
import vn.gov.conference.testing.IndexCoverage.IndexKeys;
import vn.gov.conference.testing.IndexCoverage.Key;
import vn.gov.conference.testing.IndexCoverage.QueryShape;
import vn.gov.conference.testing.IntegrationTest;

/**
 * The plans' indexes exist once the service has started, and every query {@link PlanSearch} sends for the list and
 * the readiness views is served by one: filtered and ordered by it where the filter is a province, a province and a
 * status, or none; at least bounded by it where the filter is the index or year under review, or the central list
 * of one status.
 */
@IntegrationTest
class PlanIndexesIntegrationTests {

    private static final Caller OFFICE = new Caller("tg-office", Role.OFFICE, "tien-giang", "TG-VPUBND");
    /** Reads its predecessor Tiền Giang's plans as well. */
    private static final Caller MERGED_OFFICE = new Caller("dt-office", Role.OFFICE, "dong-thap", "DT-VPUBND");

    private static final Caller DEPARTMENT = new Caller("tg-snv", Role.DEPARTMENT, "tien-giang", "TG-SNV");
    private static final Caller CENTRAL = new Caller("central", Role.CENTRAL, null, "BNV");

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ReferenceStore reference;

    @Autowired
    PlanAccess access;

    @Test
    void createsThePlanIndexesAtStartUp() {
        assertThat(IndexCoverage.listed(mongo, "plans"))
                .contains(
                        new IndexKeys(PlanIndexes.NUMBER, List.of(new Key("numberKey", 1))),
                        new IndexKeys(
                                PlanIndexes.PROVINCE,
                                List.of(
                                        new Key("issuer.provinceCode", 1),
                                        new Key("createdAt", 1),
                                        new Key("_id", -1))),
                        new IndexKeys(
                                PlanIndexes.STATUS_PROVINCE,
                                List.of(
                                        new Key("status", 1),
                                        new Key("issuer.provinceCode", 1),
                                        new Key("createdAt", 1),
                                        new Key("_id", -1))),
                        new IndexKeys(PlanIndexes.CREATED, List.of(new Key("createdAt", -1), new Key("_id", 1))),
                        new IndexKeys(
                                PlanIndexes.INDICES,
                                List.of(new Key("content.indices.code", 1), new Key("content.indices.year", 1))),
                        new IndexKeys(PlanIndexes.INDEX_YEAR, List.of(new Key("content.indices.year", 1))));
        assertThat(mongo.indexOps(Plan.class).getIndexInfo())
                .filteredOn(IndexInfo::isUnique)
                .extracting(IndexInfo::getName)
                .contains(PlanIndexes.NUMBER);
    }

    @Test
    void filtersAndOrdersTheListsOfEveryCallerFromAnIndex() {
        assertEverySearch(
                this::served,
                list(OFFICE, query(null, null, null, null)),
                list(OFFICE, query(null, PlanStatus.SUBMITTED, null, null)),
                list(OFFICE, query(null, null, null, null).withWords("tien giang")),
                list(MERGED_OFFICE, query(null, null, null, null)),
                list(MERGED_OFFICE, query(null, PlanStatus.SUBMITTED, null, null)),
                list(DEPARTMENT, query(null, null, null, null)),
                list(DEPARTMENT, query(null, PlanStatus.APPROVED, null, null)),
                list(CENTRAL, query(null, null, null, null)),
                list(CENTRAL, query(null, null, null, null).withWords("ke hoach")),
                list(CENTRAL, query("dong-thap", null, null, null)),
                list(CENTRAL, query("dong-thap", PlanStatus.APPROVED, null, null)));
    }

    @Test
    void filtersAndOrdersTheReadinessViewsFromAnIndex() {
        assertEverySearch(
                this::served,
                sideBySide(OFFICE, query(null, null, null, null)),
                sideBySide(OFFICE, query(null, PlanStatus.SCHEDULED, null, null)),
                sideBySide(MERGED_OFFICE, query(null, null, null, null)),
                sideBySide(CENTRAL, query(null, null, null, null)),
                sideBySide(CENTRAL, query("tien-giang", null, null, null)),
                sideBySide(CENTRAL, query(null, PlanStatus.APPROVED, null, null)),
                sideBySide(CENTRAL, query("tien-giang", PlanStatus.APPROVED, null, null)));
    }

    @Test
    void boundsTheSearchesByTheResultsUnderReviewAndTheCentralListOfOneStatus() {
        assertEverySearch(
                this::bounded,
                list(CENTRAL, query(null, null, "PAR", null)),
                list(CENTRAL, query(null, null, null, 2023)),
                list(CENTRAL, query(null, null, "PAPI", 2023)),
                list(CENTRAL, query(null, PlanStatus.APPROVED, null, null)),
                list(OFFICE, query(null, null, "PAR", 2023)),
                sideBySide(CENTRAL, query(null, null, "SIPAS", null)),
                sideBySide(CENTRAL, query(null, null, null, 2023)),
                sideBySide(CENTRAL, query(null, null, "DTI", 2022)));
    }

    @Test
    void doesNotCountAnIndexAsServingWhatItOnlyBounds() {
        IndexCoverage.Recorder recorder = new IndexCoverage.Recorder(mongo);
        new PlanSearch(recorder, reference, access)
                .search(query(null, PlanStatus.APPROVED, null, null).query(), CENTRAL);
        QueryShape centralApproved = recorder.shapes().getLast();

        IndexKeys statusProvince = IndexCoverage.listed(mongo, "plans").stream()
                .filter(index -> index.name().equals(PlanIndexes.STATUS_PROVINCE))
                .findFirst()
                .orElseThrow();
        assertThat(statusProvince.bounds(centralApproved)).isTrue();
        assertThat(statusProvince.serves(centralApproved)).isFalse();
    }

    @Test
    void dropsTheProvinceStatusIndexOfEarlierVersionsAndStartsAgainWithoutIt() {
        mongo.indexOps(Plan.class)
                .createIndex(new Index("issuer.provinceCode", Sort.Direction.ASC)
                        .on("status", Sort.Direction.ASC)
                        .on("createdAt", Sort.Direction.DESC)
                        .named(PlanIndexes.RETIRED_PROVINCE_STATUS));
        assertThat(names()).contains(PlanIndexes.RETIRED_PROVINCE_STATUS);

        new PlanIndexes(mongo).afterSingletonsInstantiated();
        assertThat(names())
                .doesNotContain(PlanIndexes.RETIRED_PROVINCE_STATUS)
                .contains(PlanIndexes.PROVINCE, PlanIndexes.STATUS_PROVINCE);

        new PlanIndexes(mongo).afterSingletonsInstantiated();
        assertThat(names()).doesNotContain(PlanIndexes.RETIRED_PROVINCE_STATUS).contains(PlanIndexes.STATUS_PROVINCE);
    }

    private List<String> names() {
        return mongo.indexOps(Plan.class).getIndexInfo().stream()
                .map(IndexInfo::getName)
                .toList();
    }

    private record Search(String what, Caller caller, PlanQuery query, boolean sideBySide) {

        Search withWords(String q) {
            return new Search(
                    what + " q=" + q,
                    caller,
                    new PlanQuery(query.province(), query.status(), query.index(), query.year(), q, 0, 20),
                    sideBySide);
        }
    }

    private static Search list(Caller caller, Search query) {
        return new Search("list of " + caller.role() + " " + query.what(), caller, query.query(), false);
    }

    private static Search sideBySide(Caller caller, Search query) {
        return new Search("readiness of " + caller.role() + " " + query.what(), caller, query.query(), true);
    }

    private static Search query(String province, PlanStatus status, String index, Integer year) {
        return new Search(
                "province=" + province + " status=" + status + " index=" + index + " year=" + year,
                null,
                new PlanQuery(province, status, index, year, null, 0, 20),
                false);
    }

    private void assertEverySearch(BiConsumer<Search, QueryShape> expectation, Search... searches) {
        for (Search search : searches) {
            IndexCoverage.Recorder recorder = new IndexCoverage.Recorder(mongo);
            PlanSearch planSearch = new PlanSearch(recorder, reference, access);
            if (search.sideBySide()) {
                planSearch.all(search.query(), search.caller());
            } else {
                planSearch.search(search.query(), search.caller());
            }
            assertThat(recorder.shapes())
                    .as(search.what())
                    .isNotEmpty()
                    .allSatisfy(shape -> expectation.accept(search, shape));
        }
    }

    private void served(Search search, QueryShape shape) {
        if (shape.equality().isEmpty() && shape.sort().isEmpty()) {
            return; // the total of an unfiltered list, or of words alone: nothing an index could narrow
        }
        assertThat(IndexCoverage.listed(mongo, "plans"))
                .as(search.what() + ": " + shape)
                .anyMatch(index -> index.serves(shape));
    }

    private void bounded(Search search, QueryShape shape) {
        assertThat(IndexCoverage.listed(mongo, "plans"))
                .as(search.what() + ": " + shape)
                .anyMatch(index -> index.bounds(shape));
    }
}
