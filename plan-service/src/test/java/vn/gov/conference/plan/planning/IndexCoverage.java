package vn.gov.conference.plan.planning;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.bson.BsonRegularExpression;
import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.QueryMapper;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Whether a collection's indexes serve its queries the way MongoDB's planner uses an index: the query's equality
 * fields lead the keys (in any order), its sort follows (in order, every direction as asked or every one reversed),
 * then its range fields. The indexes are the ones the database lists, so what start-up created is what is checked;
 * the queries are recorded as a component sends them.
 */
final class IndexCoverage {

    private IndexCoverage() {
    }

    record Key(String field, int direction) {
    }

    record QueryShape(String description, Set<String> equality, List<Key> sort, Set<String> range) {
    }

    record IndexKeys(String name, List<Key> keys) {

        boolean serves(QueryShape query) {
            if (!fields(0, query.equality().size()).equals(query.equality())) {
                return false;
            }
            int at = query.equality().size();
            List<Key> sort = query.sort().stream().filter(key -> !query.equality().contains(key.field())).toList();
            if (!sort.isEmpty()) {
                if (keys.size() < at + sort.size()) {
                    return false;
                }
                int orientation = keys.get(at).direction() * sort.getFirst().direction();
                for (int i = 0; i < sort.size(); i++) {
                    Key key = keys.get(at + i);
                    if (!key.field().equals(sort.get(i).field())
                            || key.direction() * sort.get(i).direction() != orientation) {
                        return false;
                    }
                }
                at += sort.size();
            }
            return fields(at, query.range().size()).equals(query.range()) && at + query.range().size() > 0;
        }

        /** Whether the index at least bounds the scan: its leading key is one the query fixes. */
        boolean bounds(QueryShape query) {
            return !keys.isEmpty() && query.equality().contains(keys.getFirst().field());
        }

        private Set<String> fields(int from, int count) {
            if (from + count > keys.size()) {
                return Set.of("(the index is shorter)");
            }
            Set<String> fields = new LinkedHashSet<>();
            keys.subList(from, from + count).forEach(key -> fields.add(key.field()));
            return fields;
        }
    }

    static List<IndexKeys> listed(MongoTemplate mongo, String collection) {
        return mongo.indexOps(collection).getIndexInfo().stream()
                .map(index -> new IndexKeys(index.getName(), index.getIndexFields().stream()
                        .map(field -> new Key(field.getKey(), field.getDirection() == Sort.Direction.DESC ? -1 : 1))
                        .toList()))
                .toList();
    }

    /**
     * A {@link MongoTemplate} on the same database that notes the shape of every {@code find} and {@code count}
     * before running it, with field names as stored. Operators that no index bounds ($nin, $regex, $exists…) leave
     * their field out of the shape.
     */
    static final class Recorder extends MongoTemplate {

        private final List<QueryShape> shapes = new ArrayList<>();

        Recorder(MongoTemplate mongo) {
            super(mongo.getMongoDatabaseFactory(), mongo.getConverter());
        }

        List<QueryShape> shapes() {
            return List.copyOf(shapes);
        }

        @Override
        public <T> List<T> find(Query query, Class<T> entityClass, String collectionName) {
            shapes.add(shape("find", query, entityClass));
            return super.find(query, entityClass, collectionName);
        }

        @Override
        public long count(Query query, Class<?> entityClass, String collectionName) {
            shapes.add(shape("count", query, entityClass));
            return super.count(query, entityClass, collectionName);
        }

        private QueryShape shape(String operation, Query query, Class<?> entityClass) {
            MongoPersistentEntity<?> entity = getConverter().getMappingContext().getRequiredPersistentEntity(entityClass);
            QueryMapper mapper = new QueryMapper(getConverter());
            Document filter = mapper.getMappedObject(query.getQueryObject(), entity);
            Set<String> equality = new LinkedHashSet<>();
            Set<String> range = new LinkedHashSet<>();
            collect(filter, "", equality, range);
            List<Key> sort = mapper.getMappedSort(query.getSortObject(), entity).entrySet().stream()
                    .map(order -> new Key(order.getKey(), ((Number) order.getValue()).intValue())).toList();
            return new QueryShape(operation + " " + filter.toJson(), equality, sort, range);
        }

        private static void collect(Document filter, String prefix, Set<String> equality, Set<String> range) {
            for (Map.Entry<String, Object> condition : filter.entrySet()) {
                if (condition.getKey().equals("$and")) {
                    ((List<?>) condition.getValue()).forEach(part -> collect((Document) part, prefix, equality, range));
                    continue;
                }
                String field = prefix + condition.getKey();
                if (condition.getValue() instanceof Pattern || condition.getValue() instanceof BsonRegularExpression) {
                    continue;
                }
                if (!(condition.getValue() instanceof Document operators)
                        || operators.keySet().stream().noneMatch(key -> key.startsWith("$"))) {
                    equality.add(field);
                    continue;
                }
                for (Map.Entry<String, Object> operator : operators.entrySet()) {
                    switch (operator.getKey()) {
                        case "$eq", "$in" -> equality.add(field);
                        case "$lt", "$lte", "$gt", "$gte" -> range.add(field);
                        case "$elemMatch" -> collect((Document) operator.getValue(), field + ".", equality, range);
                        default -> {
                        }
                    }
                }
            }
        }
    }
}
