package vn.gov.conference.testing.contracts;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.gov.conference.testing.contracts.ObservedStatuses.Observed;

/**
 * A service's OpenAPI document checked in the build: it parses with swagger-parser without a message, and it keeps
 * the house rules an integrator relies on (a title, security on every operation, no parameter that is really the
 * token's caller, a success answer, every refusal problem+json, no {@code *}{@code /*} content). Also: which observed
 * answers the document does not list, and the document's operations as lines for the gateway's routing check.
 */
public final class OpenApiCheck {

    private static final PathPatternParser PATTERNS = new PathPatternParser();

    private OpenApiCheck() {}

    public static OpenAPI parse(String document) {
        return result(document).getOpenAPI();
    }

    /** Every problem found, each naming its operation; empty when the document is true to the house rules. */
    public static List<String> problems(String document) {
        SwaggerParseResult result = result(document);
        List<String> problems = new ArrayList<>(parserMessages(result));
        OpenAPI openApi = result.getOpenAPI();
        if (openApi == null) {
            problems.add("the document did not parse");
            return problems;
        }
        if (openApi.getInfo() == null
                || openApi.getInfo().getTitle() == null
                || openApi.getInfo().getTitle().equals("OpenAPI definition")) {
            problems.add("info.title is springdoc's default");
        }
        if (openApi.getComponents() == null
                || openApi.getComponents().getSecuritySchemes() == null
                || openApi.getComponents().getSecuritySchemes().isEmpty()) {
            problems.add("no security scheme is declared");
        }
        problems.addAll(requiredOrNullable(openApi));
        problems.addAll(untypedItems(openApi));
        operations(openApi).forEach((name, operation) -> {
            List<?> security = operation.getSecurity() != null ? operation.getSecurity() : openApi.getSecurity();
            if (security == null || security.isEmpty()) {
                problems.add(name + ": no security requirement");
            }
            if (operation.getSummary() == null || operation.getSummary().isBlank()) {
                problems.add(name + ": no summary");
            }
            for (Parameter parameter :
                    Optional.ofNullable(operation.getParameters()).orElse(List.of())) {
                if ("caller".equals(parameter.getName())) {
                    problems.add(name + ": lists the token's caller as a " + parameter.getIn() + " parameter");
                }
            }
            Map<String, ApiResponse> responses = Optional.<Map<String, ApiResponse>>ofNullable(operation.getResponses())
                    .orElse(Map.of());
            if (responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                problems.add(name + ": documents no success answer");
            }
            responses.forEach((code, response) -> {
                Content content = response.getContent();
                if (content != null && content.containsKey("*/*")) {
                    problems.add(name + " " + code + ": content */*");
                }
                boolean refusal = code.startsWith("4") || code.startsWith("5") || code.equals("default");
                // A refusal with a body says so as a problem; only a body-less one (416) may say nothing.
                if (refusal && content != null && !content.containsKey("application/problem+json")) {
                    problems.add(name + " " + code + ": a refusal that is not application/problem+json");
                }
            });
        });
        return problems;
    }

    /** The schema not written from a record: RFC 9457 leaves out what a problem has not, rather than write null. */
    private static final Set<String> NOT_RECORDS = Set.of("Problem");

    /** A property of a component schema, as the rules below look at it. */
    @SuppressWarnings("rawtypes")
    private record Property(String schema, Schema owner, String name, Schema value) {

        String at() {
            return "#/components/schemas/" + schema + "/properties/" + name;
        }
    }

    /** Every property of every component schema, in the document's order. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static List<Property> properties(OpenAPI openApi) {
        List<Property> all = new ArrayList<>();
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return all;
        }
        openApi.getComponents().getSchemas().forEach((name, schema) -> {
            if (schema.getProperties() != null) {
                ((Map<String, Schema>) (Map) schema.getProperties())
                        .forEach((property, value) -> all.add(new Property(name, schema, property, value)));
            }
        });
        return all;
    }

    /**
     * An integrator must be able to tell from a schema which fields are always there: every property of a record's
     * schema is either required or visibly nullable (its type includes null, or it is anyOf something and null),
     * never both (platform/openapi's RequiredUnlessNullable).
     */
    static List<String> requiredOrNullable(OpenAPI openApi) {
        List<String> problems = new ArrayList<>();
        for (Property property : properties(openApi)) {
            if (NOT_RECORDS.contains(property.schema())) {
                continue;
            }
            List<?> required = property.owner().getRequired() == null
                    ? List.of()
                    : property.owner().getRequired();
            boolean nullable = nullable(property.value());
            if (required.contains(property.name()) == nullable) {
                problems.add(
                        property.at() + (nullable ? ": required and nullable" : ": neither required nor nullable"));
            }
        }
        return problems;
    }

    /**
     * An integrator must be able to tell what a list holds: no array property has items without a type. A generic
     * answered through {@code Object} (the platform's {@code Page} in a {@code oneOf}) is written with items {@code {}}.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static List<String> untypedItems(OpenAPI openApi) {
        List<String> problems = new ArrayList<>();
        for (Property property : properties(openApi)) {
            List<Schema> shapes = new ArrayList<>(List.of(property.value()));
            Optional.ofNullable(property.value().getAnyOf()).ifPresent(shapes::addAll);
            Optional.ofNullable(property.value().getOneOf()).ifPresent(shapes::addAll);
            if (shapes.stream().anyMatch(shape -> isArray(shape) && untyped(shape.getItems()))) {
                problems.add(property.at() + ": an array of untyped items");
            }
        }
        return problems;
    }

    @SuppressWarnings("rawtypes")
    private static boolean isArray(Schema schema) {
        return "array".equals(schema.getType())
                || schema.getTypes() != null && schema.getTypes().contains("array");
    }

    /** No schema, {@code {}}, or an object said to have nothing in it (how a generic's lost argument is written). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static boolean untyped(Schema schema) {
        if (schema == null) {
            return true;
        }
        Set<String> types = new HashSet<>(schema.getTypes() != null ? schema.getTypes() : Set.of());
        if (schema.getType() != null) {
            types.add(schema.getType());
        }
        types.remove("null");
        return schema.get$ref() == null
                && (types.isEmpty() || types.equals(Set.of("object")))
                && schema.getProperties() == null
                && schema.getAdditionalProperties() == null
                && schema.getAnyOf() == null
                && schema.getOneOf() == null
                && schema.getAllOf() == null
                && schema.getEnum() == null;
    }

    @SuppressWarnings("rawtypes")
    private static boolean nullable(Schema schema) {
        if (schema.getTypes() != null && schema.getTypes().contains("null")) {
            return true;
        }
        List<Schema> choices = schema.getAnyOf() != null ? schema.getAnyOf() : schema.getOneOf();
        return choices != null && choices.stream().anyMatch(OpenApiCheck::nullable);
    }

    /** What swagger-parser says of the document: errors and warnings alike, none expected. */
    public static List<String> parserMessages(String document) {
        return parserMessages(result(document));
    }

    private static List<String> parserMessages(SwaggerParseResult result) {
        return result.getMessages() == null
                ? List.of()
                : result.getMessages().stream()
                        .map(message -> "swagger-parser: " + message)
                        .toList();
    }

    /**
     * The observed answers whose status the document does not list for their operation (a {@code default} response
     * does not count: it documents nothing in particular), and {@code /api} calls that match no operation at all.
     */
    public static List<String> undocumented(String document, List<Observed> observed) {
        Map<String, Operation> operations = operations(parse(document));
        List<String> problems = new ArrayList<>();
        for (Observed answer : observed) {
            Optional<String> operation = operations.keySet().stream()
                    .filter(name -> name.startsWith(answer.method() + " "))
                    .map(name -> Map.entry(name, PATTERNS.parse(name.substring(name.indexOf(' ') + 1))))
                    .filter(entry -> entry.getValue().matches(PathContainer.parsePath(answer.path())))
                    .min(Comparator.comparing(Map.Entry::getValue, PathPattern.SPECIFICITY_COMPARATOR))
                    .map(Map.Entry::getKey);
            if (operation.isEmpty()) {
                // 405 is what HTTP answers for a method a documented path does not have: nothing to document.
                boolean otherMethod = answer.status() == 405
                        && operations.keySet().stream()
                                .anyMatch(name -> PATTERNS.parse(name.substring(name.indexOf(' ') + 1))
                                        .matches(PathContainer.parsePath(answer.path())));
                if (answer.path().startsWith("/api/") && !otherMethod) {
                    problems.add(answer + ": no operation documents " + answer.method() + " " + answer.path());
                }
                continue;
            }
            Map<String, ApiResponse> responses = operations.get(operation.get()).getResponses();
            String code = String.valueOf(answer.status());
            if (responses == null || !(responses.containsKey(code) || responses.containsKey(code.charAt(0) + "XX"))) {
                problems.add(answer + ": " + operation.get() + " documents only "
                        + (responses == null ? "nothing" : new TreeSet<>(responses.keySet())));
            }
        }
        return problems;
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final SchemaRegistry JSON_SCHEMA =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    /** "METHOD /path" of the operations whose request body shows at least one example. */
    public static List<String> operationsWithExamples(String document) {
        List<String> found = new ArrayList<>();
        requestExamples(document).forEach((at, example) -> {
            String operation = at.substring(0, at.indexOf(" body "));
            if (!found.contains(operation)) {
                found.add(operation);
            }
        });
        return found;
    }

    /**
     * Every example of a JSON request body that its own schema refuses (OpenAPI 3.1 schemas are JSON Schema
     * 2020-12, their references resolved in the document), each with the reasons; empty when all are valid.
     */
    public static List<String> invalidExamples(String document) {
        JsonNode root = JSON.readTree(document);
        List<String> problems = new ArrayList<>();
        requestExamples(document).forEach((at, example) -> {
            JsonNode schema = example.schema();
            ObjectNode wrapper = JSON.createObjectNode();
            wrapper.set("allOf", JSON.createArrayNode().add(schema));
            wrapper.set("components", root.path("components"));
            for (var error : JSON_SCHEMA.getSchema(wrapper).validate(example.value())) {
                problems.add(at + error.getInstanceLocation() + ": " + error.getMessage());
            }
        });
        return problems;
    }

    private record RequestExample(JsonNode schema, JsonNode value) {}

    /** "METHOD /path body <media type> example <name>" → the example and its schema, of JSON bodies. */
    private static Map<String, RequestExample> requestExamples(String document) {
        Map<String, RequestExample> examples = new TreeMap<>();
        JSON.readTree(document)
                .path("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(method -> method.getValue()
                                .path("requestBody")
                                .path("content")
                                .properties()
                                .forEach(media -> {
                                    if (!media.getKey().contains("json")) {
                                        return;
                                    }
                                    String at = method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey()
                                            + " body " + media.getKey() + " example ";
                                    JsonNode schema = media.getValue().path("schema");
                                    if (media.getValue().has("example")) {
                                        examples.put(
                                                at + "#",
                                                new RequestExample(
                                                        schema, media.getValue().get("example")));
                                    }
                                    media.getValue()
                                            .path("examples")
                                            .properties()
                                            .forEach(example -> examples.put(
                                                    at + example.getKey(),
                                                    new RequestExample(
                                                            schema,
                                                            example.getValue().path("value"))));
                                })));
        return examples;
    }

    /** "METHOD /path" of every operation, sorted: what the gateway must route. */
    public static List<String> operationLines(String document) {
        return List.copyOf(new TreeSet<>(operations(parse(document)).keySet()));
    }

    private static Map<String, Operation> operations(OpenAPI openApi) {
        Map<String, Operation> operations = new java.util.TreeMap<>();
        if (openApi.getPaths() != null) {
            openApi.getPaths()
                    .forEach((path, item) -> item.readOperationsMap()
                            .forEach((PathItem.HttpMethod method, Operation operation) ->
                                    operations.put(method + " " + path, operation)));
        }
        return operations;
    }

    private static SwaggerParseResult result(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateInternalRefs(true);
        return new OpenAPIV3Parser().readContents(document, null, options);
    }
}
