package vn.gov.conference.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.data.mapping.model.SimpleTypeHolder;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.mapping.MongoSimpleTypes;
import vn.gov.conference.testing.IndexCoverage;

/** Whether declared indexes serve a search, the way MongoDB uses a compound index: equalities first, then order. */
public final class QueryIndexes {

    private static final MongoMappingContext MAPPING = new MongoMappingContext();

    static {
        // The service stores these as values (converters of its own and the platform's), not as documents.
        MAPPING.setSimpleTypeHolder(new SimpleTypeHolder(
                Set.of(Instant.class, OffsetDateTime.class, LocalDate.class, LocalTime.class, Duration.class),
                MongoSimpleTypes.HOLDER));
    }

    private QueryIndexes() {}

    /** The keys of the indexes that name no field documents of {@code type} are stored with. */
    public static List<String> unknownKeys(List<Index> indexes, Class<?> type) {
        return indexes.stream()
                .flatMap(index -> index.getIndexKeys().keySet().stream())
                .filter(key -> !stored(type, key))
                .toList();
    }

    private static boolean stored(Class<?> type, String path) {
        MongoPersistentEntity<?> entity = MAPPING.getRequiredPersistentEntity(type);
        String[] steps = path.split("\\.");
        for (int i = 0; i < steps.length; i++) {
            String field = steps[i];
            MongoPersistentProperty property = null;
            for (MongoPersistentProperty candidate : entity) {
                if (candidate.getFieldName().equals(field)) {
                    property = candidate;
                }
            }
            if (property == null) {
                return false;
            }
            if (i < steps.length - 1) {
                entity = MAPPING.getRequiredPersistentEntity(property.getActualType());
            }
        }
        return true;
    }

    /**
     * The name of an index whose first keys are the fields {@code equal} compares (in any order) followed by
     * {@code then} (ranges and sort keys, in order); null when none is. The matching is test-support's
     * {@link IndexCoverage}, as for the other services.
     */
    public static String serving(List<Index> indexes, Set<String> equal, String... then) {
        List<IndexCoverage.Key> order = Arrays.stream(then)
                .map(field -> new IndexCoverage.Key(field, 1))
                .toList();
        return IndexCoverage.serving(
                IndexCoverage.declared(indexes),
                new IndexCoverage.QueryShape(String.join(",", equal), equal, order, Set.of()));
    }

    public static boolean anyUnique(List<Index> indexes) {
        return indexes.stream()
                .anyMatch(index -> Boolean.TRUE.equals(index.getIndexOptions().get("unique")));
    }
}
