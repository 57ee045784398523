package vn.gov.conference.plan.reference;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.gov.conference.platform.web.ConflictException;

/**
 * The reference data in plan-service's database: one document per province code and per unit code holding all its
 * versions, one per index, and a revision that every write moves. Every read starts from {@link #current()}, which
 * compares the stored revision with the snapshot it holds and reloads when another instance wrote, so a write is in
 * force at once everywhere. A fresh store (no revision yet) is seeded from the data files at start-up, and only then.
 */
public class ReferenceStore implements InitializingBean {

    static final String PROVINCES = "reference_provinces";
    static final String UNITS = "reference_units";
    static final String INDICES = "reference_indices";
    static final String STATE = "reference_state";
    private static final String STATE_ID = "reference";
    private static final Logger log = LoggerFactory.getLogger(ReferenceStore.class);

    record ProvinceEntry(@Id String code, List<Province> versions) {}

    record UnitEntry(@Id String code, String province, List<AdministrativeUnit> versions) {}

    record IndexEntry(@Id String code, int position, GovernanceIndex index) {}

    record StoreState(@Id String id, long revision, Instant seededAt) {}

    /** What a write replaces: every version of each code named (an empty list removes the code). */
    public record Changes(Map<String, List<Province>> provinces, Map<String, List<AdministrativeUnit>> units) {

        public static Changes ofUnits(Map<String, List<AdministrativeUnit>> units) {
            return new Changes(Map.of(), units);
        }

        public static Changes ofProvince(String code, List<Province> versions) {
            return new Changes(Map.of(code, versions), Map.of());
        }
    }

    private record Snapshot(long revision, ReferenceData data) {}

    private final MongoTemplate mongo;
    private final Supplier<ReferenceData> seed;
    private final Clock clock;
    private volatile Snapshot snapshot;

    ReferenceStore(MongoTemplate mongo, Supplier<ReferenceData> seed, Clock clock) {
        this.mongo = mongo;
        this.seed = seed;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        if (revision() == null) {
            seed(seed.get());
        }
        current();
    }

    /**
     * Writes the seed unless another instance is doing so: the state document is inserted last, so a store counts as
     * seeded only once everything is in it, and the documents' ids make a repeated seed write the same thing.
     */
    private void seed(ReferenceData data) {
        log.info(
                "Seeding an empty reference store: {} province versions, {} unit versions, {} indices",
                data.provinces().size(),
                data.units().size(),
                data.indices().size());
        data.provinces().stream()
                .collect(Collectors.groupingBy(Province::code))
                .forEach((code, versions) -> mongo.save(new ProvinceEntry(code, versions), PROVINCES));
        List<UnitEntry> units =
                data.units().stream().collect(Collectors.groupingBy(AdministrativeUnit::code)).entrySet().stream()
                        .map(e -> new UnitEntry(
                                e.getKey(), e.getValue().getFirst().province(), e.getValue()))
                        .toList();
        // Saved by id, like the rest: two replicas seeding an empty store at once write the same documents (an
        // insert of all would collide on the other's ids and stop the second replica's start).
        BulkOperations upserts = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, UnitEntry.class, UNITS);
        units.forEach(unit -> upserts.replaceOne(
                Query.query(Criteria.where("_id").is(unit.code())),
                unit,
                FindAndReplaceOptions.options().upsert()));
        upserts.execute();
        List<GovernanceIndex> indices = data.indices();
        IntStream.range(0, indices.size())
                .forEach(i -> mongo.save(new IndexEntry(indices.get(i).code(), i, indices.get(i)), INDICES));
        try {
            mongo.insert(new StoreState(STATE_ID, 1, clock.instant()), STATE);
        } catch (DuplicateKeyException e) {
            log.info("Another instance seeded the reference store first");
        }
    }

    /** The data as stored now. */
    public ReferenceData current() {
        Long revision = revision();
        Snapshot held = snapshot;
        if (held != null && revision != null && held.revision() == revision) {
            return held.data();
        }
        return reload().data();
    }

    private synchronized Snapshot reload() {
        Long revision = revision();
        if (snapshot != null && revision != null && snapshot.revision() == revision) {
            return snapshot;
        }
        List<Province> provinces = mongo.findAll(ProvinceEntry.class, PROVINCES).stream()
                .flatMap(e -> e.versions().stream())
                .toList();
        List<AdministrativeUnit> units = mongo.findAll(UnitEntry.class, UNITS).stream()
                .flatMap(e -> e.versions().stream())
                .toList();
        List<GovernanceIndex> indices = mongo.findAll(IndexEntry.class, INDICES).stream()
                .sorted(Comparator.comparingInt(IndexEntry::position))
                .map(IndexEntry::index)
                .toList();
        snapshot = new Snapshot(revision == null ? 0 : revision, new ReferenceData(provinces, units, indices));
        return snapshot;
    }

    private Long revision() {
        StoreState state = mongo.findById(STATE_ID, StoreState.class, STATE);
        return state == null ? null : state.revision();
    }

    /**
     * Applies what {@code change} makes of the current data, after checking the result as a whole. The revision is
     * claimed before the documents are written (a concurrent writer elsewhere gets 409) and moved again after, so
     * that an instance that reloaded in between reloads once more.
     *
     * @throws InconsistentReferenceException when the result breaks a rule of the data
     */
    synchronized ReferenceData write(Function<ReferenceData, Changes> change) {
        Snapshot base = reload();
        Changes changes = change.apply(base.data());
        ReferenceData result = base.data().replacing(changes.provinces(), changes.units());
        Query claim =
                Query.query(Criteria.where("_id").is(STATE_ID).and("revision").is(base.revision()));
        if (mongo.updateFirst(claim, new Update().inc("revision", 1), STATE).getModifiedCount() == 0) {
            throw new ConflictException("concurrent-change", "The reference data changed meanwhile; try again.");
        }
        changes.provinces().forEach((code, versions) -> {
            if (versions.isEmpty()) {
                mongo.remove(Query.query(Criteria.where("_id").is(code)), PROVINCES);
            } else {
                mongo.save(new ProvinceEntry(code, versions), PROVINCES);
            }
        });
        changes.units().forEach((code, versions) -> {
            if (versions.isEmpty()) {
                mongo.remove(Query.query(Criteria.where("_id").is(code)), UNITS);
            } else {
                mongo.save(new UnitEntry(code, versions.getFirst().province(), versions), UNITS);
            }
        });
        mongo.updateFirst(Query.query(Criteria.where("_id").is(STATE_ID)), new Update().inc("revision", 1), STATE);
        snapshot = new Snapshot(base.revision() + 2, result);
        return result;
    }
}
