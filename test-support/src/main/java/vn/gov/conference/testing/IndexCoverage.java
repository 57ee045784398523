package vn.gov.conference.testing;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.repository.query.parser.Part;
import org.springframework.data.repository.query.parser.PartTree;

/**
 * Whether a collection's indexes serve its queries the way MongoDB's planner uses an index: the query's equality
 * fields lead the keys (in any order), its sort follows (in order, every direction as asked or every one reversed),
 * then its range fields. The indexes are the ones the database lists, so what start-up created is what is checked;
 * the queries are read from a repository's derived finders, or recorded as a component sends them.
 */
public final class IndexCoverage {

    private static final Set<Part.Type> EQUALITY =
            Set.of(Part.Type.SIMPLE_PROPERTY, Part.Type.IN, Part.Type.IS_NULL, Part.Type.TRUE, Part.Type.FALSE);
    private static final Set<Part.Type> RANGE = Set.of(
            Part.Type.BETWEEN,
            Part.Type.LESS_THAN,
            Part.Type.LESS_THAN_EQUAL,
            Part.Type.GREATER_THAN,
            Part.Type.GREATER_THAN_EQUAL,
            Part.Type.BEFORE,
            Part.Type.AFTER);

    private IndexCoverage() {}

    public record Key(String field, int direction) {}

    public record QueryShape(String description, Set<String> equality, List<Key> sort, Set<String> range) {}

    public record IndexKeys(String name, List<Key> keys) {

        public boolean serves(QueryShape query) {
            if (!fields(0, query.equality().size()).equals(query.equality())) {
                return false;
            }
            int at = query.equality().size();
            List<Key> sort = query.sort().stream()
                    .filter(key -> !query.equality().contains(key.field()))
                    .toList();
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
            return fields(at, query.range().size()).equals(query.range())
                    && at + query.range().size() > 0;
        }

        /** Whether the index at least bounds the scan: its leading key is one the query fixes. */
        public boolean bounds(QueryShape query) {
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

    public static List<IndexKeys> listed(MongoTemplate mongo, String collection) {
        return mongo.indexOps(collection).getIndexInfo().stream()
                .map(index -> new IndexKeys(
                        index.getName(),
                        index.getIndexFields().stream()
                                .map(field ->
                                        new Key(field.getKey(), field.getDirection() == Sort.Direction.DESC ? -1 : 1))
                                .toList()))
                .toList();
    }

    /** The keys of index definitions as a service declares them, before any database holds them. */
    public static List<IndexKeys> declared(List<Index> indexes) {
        return indexes.stream()
                .map(index -> new IndexKeys(
                        index.getIndexOptions().getString("name"),
                        index.getIndexKeys().entrySet().stream()
                                .map(key -> new Key(key.getKey(), ((Number) key.getValue()).intValue()))
                                .toList()))
                .toList();
    }

    /** The name of the first index that serves {@code query}; null when none does. */
    public static String serving(List<IndexKeys> indexes, QueryShape query) {
        return indexes.stream()
                .filter(index -> index.serves(query))
                .map(IndexKeys::name)
                .findFirst()
                .orElse(null);
    }

    /**
     * Every derived query of the repository ({@code findBy…}, {@code deleteBy…}, …), each OR branch on its own. The
     * {@code …ById} methods are left out: they read {@code _id}, which every collection has indexed.
     */
    public static List<QueryShape> finders(Class<?> repository, Class<?> entity, MongoMappingContext mapping) {
        List<QueryShape> shapes = new ArrayList<>();
        for (Method method : Arrays.stream(repository.getDeclaredMethods())
                .filter(method -> method.getName().matches("(find|count|exists|delete)\\w*By\\w+"))
                .filter(method -> !method.getName().endsWith("ById"))
                .toList()) {
            PartTree tree = new PartTree(method.getName(), entity);
            List<Key> sort = tree.getSort().stream()
                    .map(order -> new Key(
                            mapping.getPersistentPropertyPath(order.getProperty(), entity)
                                    .toDotPath(MongoPersistentProperty::getFieldName),
                            order.isAscending() ? 1 : -1))
                    .toList();
            for (PartTree.OrPart branch : tree) {
                Set<String> equality = new LinkedHashSet<>();
                Set<String> range = new LinkedHashSet<>();
                for (Part part : branch) {
                    String field = mapping.getPersistentPropertyPath(part.getProperty())
                            .toDotPath(MongoPersistentProperty::getFieldName);
                    if (EQUALITY.contains(part.getType())) {
                        equality.add(field);
                    } else if (RANGE.contains(part.getType())) {
                        range.add(field);
                    }
                }
                shapes.add(new QueryShape(method.getName(), equality, sort, range));
            }
        }
        return shapes;
    }

    /**
     * A {@link MongoTemplate} on the same database that notes the shape of every {@code find} and {@code count}
     * before running it, with field names as stored. Operators that no index bounds ($nin, $regex, $exists…) leave
     * their field out of the shape.
     */
    public static final class Recorder extends MongoTemplate {

        private final List<QueryShape> shapes = new ArrayList<>();

        public Recorder(MongoTemplate mongo) {
            super(mongo.getMongoDatabaseFactory(), mongo.getConverter());
        }

        public List<QueryShape> shapes() {
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
            MongoPersistentEntity<?> entity =
                    getConverter().getMappingContext().getRequiredPersistentEntity(entityClass);
            QueryMapper mapper = new QueryMapper(getConverter());
            Document filter = mapper.getMappedObject(query.getQueryObject(), entity);
            Set<String> equality = new LinkedHashSet<>();
            Set<String> range = new LinkedHashSet<>();
            collect(filter, "", equality, range);
            List<Key> sort = mapper.getMappedSort(query.getSortObject(), entity).entrySet().stream()
                    .map(order -> new Key(order.getKey(), ((Number) order.getValue()).intValue()))
                    .toList();
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
                        default -> {}
                    }
                }
            }
        }
    }
}
