package vn.gov.conference.platform.openapi;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Rewrites what springdoc infers into what the service really does. Refusals come from the platform
 * ({@code ProblemDetailsAdvice}, the resource server), so which ones an operation can answer follows from its shape:
 * 401 and 403 everywhere (a token, or a signed link, that does not do), 404 where the path (or a province or plan
 * in the query) names something, 400 where the request carries input,
 * 409 for every change (rules of the lifecycle, concurrent changes), 412/428 where {@code If-Match} is read, 413 and
 * 415 where a body is read. An operation that says more on its own ({@code @ApiResponse}) keeps what it says.
 */
public class ApiDocumentCustomizer implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";

    static final String BEARER = "bearer";

    static final String OAUTH2 = "oauth2";

    private static final String PROBLEM_JSON = "application/problem+json";

    private static final String JSON = "application/json";

    private static final Map<String, String> REFUSALS = new LinkedHashMap<>();

    static {
        REFUSALS.put("400", "Invalid input: `errors` names each field and the rule it broke");
        REFUSALS.put("401", "No token, or an expired, revoked or foreign one (or a signed link that does not verify)");
        REFUSALS.put("403", "The caller's role or unit may not do this, or the signed link is not for this");
        REFUSALS.put("404", "Not found, or in a province the caller may not read");
        REFUSALS.put("409", "The current state does not allow it (`rule` says which), or a concurrent change");
        REFUSALS.put("412", "If-Match names an older version: read it again");
        REFUSALS.put("413", "The body is larger than the service takes (conference.limits: 1MB, uploads 50MB)");
        REFUSALS.put("415", "The body is not of a media type this operation reads");
        REFUSALS.put("428", "If-Match is required");
    }

    private final String service;

    private final String publicUrl;

    private final List<PathPattern> publicPaths;

    private final List<ApiDocumentationProperties.Answer> answers;

    private final List<ApiDocumentationProperties.Files> files;

    private final List<ApiDocumentationProperties.Example> examples;

    public ApiDocumentCustomizer(
            String service,
            String publicUrl,
            List<String> publicPaths,
            List<ApiDocumentationProperties.Answer> answers,
            List<ApiDocumentationProperties.Files> files) {
        this(service, publicUrl, publicPaths, answers, files, List.of());
    }

    public ApiDocumentCustomizer(
            String service,
            String publicUrl,
            List<String> publicPaths,
            List<ApiDocumentationProperties.Answer> answers,
            List<ApiDocumentationProperties.Files> files,
            List<ApiDocumentationProperties.Example> examples) {
        this.service = service;
        this.publicUrl = publicUrl;
        this.publicPaths =
                publicPaths.stream().map(ApiDocumentCustomizer::pattern).toList();
        this.answers = List.copyOf(answers);
        this.files = List.copyOf(files);
        this.examples = List.copyOf(examples);
    }

    /**
     * The configured examples of this operation's body, read from the classpath. A resource that is missing fails
     * the document rather than leave the example out silently.
     */
    private void examples(String path, PathItem.HttpMethod method, Operation operation) {
        for (ApiDocumentationProperties.Example example : examples) {
            if (!example.path().equals(path) || !example.method().equalsIgnoreCase(method.name())) {
                continue;
            }
            if (operation.getRequestBody() == null
                    || operation.getRequestBody().getContent() == null
                    || operation.getRequestBody().getContent().get(example.mediaType()) == null) {
                throw new IllegalStateException("conference.openapi.examples: " + method + " " + path + " reads no "
                        + example.mediaType() + " body");
            }
            MediaType content = operation.getRequestBody().getContent().get(example.mediaType());
            for (String resource : example.resources()) {
                String name = resource.substring(resource.lastIndexOf('/') + 1).replaceFirst("\\.[^.]*$", "");
                content.addExamples(
                        name, new Example().summary(example.summary()).value(read(resource, example.mediaType())));
            }
        }
    }

    private static Object read(String resource, String mediaType) {
        try (InputStream in = ApiDocumentCustomizer.class
                .getClassLoader()
                .getResourceAsStream(resource.startsWith("/") ? resource.substring(1) : resource)) {
            if (in == null) {
                throw new IllegalStateException("conference.openapi.examples: no resource " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return mediaType.contains("json") ? Json.mapper().readTree(text) : text;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static boolean named(List<String> methods, PathItem.HttpMethod method) {
        return methods.isEmpty() || methods.stream().anyMatch(name -> name.equalsIgnoreCase(method.name()));
    }

    /**
     * springdoc writes every body as the default {@code application/json}, files too. A success whose schema is
     * bytes is a file: the media types the service names for it, else {@code application/octet-stream}.
     */
    private void files(String path, PathItem.HttpMethod method, ApiResponses responses) {
        List<String> types = files.stream()
                .filter(file -> named(file.methods(), method)
                        && matches(
                                file.paths().stream()
                                        .map(ApiDocumentCustomizer::pattern)
                                        .toList(),
                                path))
                .findFirst()
                .map(ApiDocumentationProperties.Files::types)
                .orElse(null);
        responses.forEach((code, response) -> {
            Content content = response.getContent();
            if (!code.startsWith("2") || content == null || !content.containsKey(JSON)) {
                return;
            }
            Schema<?> schema = content.get(JSON).getSchema();
            boolean bytes =
                    schema != null && ("binary".equals(schema.getFormat()) || "byte".equals(schema.getFormat()));
            if (types == null && !bytes) {
                return;
            }
            Content replaced = new Content();
            for (String type : types == null ? List.of("application/octet-stream") : types) {
                replaced.addMediaType(type, new MediaType().schema(new StringSchema().format("binary")));
            }
            response.content(replaced);
        });
    }

    private static PathPattern pattern(String path) {
        return PathPatternParser.defaultInstance.parse(path);
    }

    private static boolean matches(List<PathPattern> patterns, String path) {
        return patterns.stream().anyMatch(pattern -> pattern.matches(PathContainer.parsePath(path)));
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.info(new Info()
                .title("Conference planning — " + service)
                .version("v1")
                .description("""
                The %s part of the public API, reached through the gateway at %s/api/…. Every call needs an OAuth2 \
                access token (client credentials at /oauth2/token, or a person's sign-in) unless it says that a \
                signed link may stand in for it. Refusals are application/problem+json (RFC 9457) with `rule` and, \
                for invalid input, `errors`. Clients ignore fields they do not know; see docs/api-versioning.md.""".formatted(service, publicUrl)));
        openApi.servers(List.of(new Server().url(publicUrl).description("The gateway")));
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.components(components
                .addSecuritySchemes(
                        BEARER,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("JWT")
                                .description("An access token of the gateway's authorization server"))
                .addSecuritySchemes(
                        OAUTH2,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.OAUTH2)
                                .description("Machine clients: client credentials (client_secret_basic or _post)")
                                .flows(new OAuthFlows()
                                        .clientCredentials(new OAuthFlow()
                                                .tokenUrl(publicUrl + "/oauth2/token")
                                                .scopes(new Scopes()))))
                .addSchemas(PROBLEM, problemSchema()));
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths()
                .forEach((path, item) ->
                        item.readOperationsMap().forEach((method, operation) -> document(path, method, operation)));
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation) {
        boolean open = matches(publicPaths, path);
        List<SecurityRequirement> security = new ArrayList<>(
                List.of(new SecurityRequirement().addList(BEARER), new SecurityRequirement().addList(OAUTH2)));
        if (open) {
            // Either a token or the signed link's own parameters (sig, …), which the handler verifies.
            security.add(new SecurityRequirement());
        }
        operation.setSecurity(security);

        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean ifMatch = parameters.stream()
                .anyMatch(p -> "header".equals(p.getIn()) && "If-Match".equalsIgnoreCase(p.getName()));
        Set<String> codes = new java.util.TreeSet<>(List.of("401", "403"));
        // A province or plan named in the path or the query is checked like the path's: another province is 404.
        if (path.contains("{")
                || parameters.stream()
                        .anyMatch(p -> "query".equals(p.getIn())
                                && ("province".equals(p.getName()) || "planId".equals(p.getName())))) {
            codes.add("404");
        }
        if (!parameters.isEmpty() || operation.getRequestBody() != null) {
            codes.add("400");
        }
        if (operation.getRequestBody() != null) {
            // Every service holds the gateway's body limits itself (BodySizeLimitFilter).
            codes.add("413");
            codes.add("415");
        }
        if (changes) {
            codes.add("409");
        }
        if (ifMatch) {
            codes.add("412");
            codes.add("428");
        }
        for (String code : codes) {
            if (!responses.containsKey(code)) {
                responses.addApiResponse(code, problem(REFUSALS.get(code)));
            }
        }
        files(path, method, responses);
        examples(path, method, operation);
        for (ApiDocumentationProperties.Answer answer : answers) {
            String code = String.valueOf(answer.status());
            if (!named(answer.methods(), method)
                    || !matches(
                            answer.paths().stream()
                                    .map(ApiDocumentCustomizer::pattern)
                                    .toList(),
                            path)
                    || responses.containsKey(code)) {
                continue;
            }
            if (answer.status() < 300) {
                ApiResponse ok = responses.get("200");
                responses.addApiResponse(
                        code,
                        new ApiResponse()
                                .description(answer.description())
                                .content(ok == null ? null : ok.getContent()));
            } else if (answer.status() < 400 || answer.status() == 416) {
                // 304 Not Modified, 416 Range Not Satisfiable: headers only (Content-Range), no body.
                responses.addApiResponse(code, new ApiResponse().description(answer.description()));
            } else {
                responses.addApiResponse(code, problem(answer.description()));
            }
        }
        responses.addApiResponse("default", problem("Any other refusal or failure"));
        // springdoc documents @ExceptionHandler answers as */* with the handler's return type: all are problems.
        responses.forEach((code, response) -> {
            if (!code.startsWith("2") && !code.startsWith("3") && response.getContent() != null) {
                response.content(problemContent());
            }
        });
        operation.setResponses(sorted(responses));
    }

    private static ApiResponses sorted(ApiResponses responses) {
        ApiResponses ordered = new ApiResponses();
        new TreeMap<>(responses).forEach(ordered::addApiResponse);
        return ordered;
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(problemContent());
    }

    private static Content problemContent() {
        return new Content()
                .addMediaType(
                        PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().description("The field's path as the client sent it"))
                .addProperty("rule", new StringSchema().example("required"))
                .addProperty("message", new StringSchema());
        fieldError.setRequired(List.of("field", "rule", "message"));
        Schema<?> problem = new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty(
                        "type",
                        new StringSchema().format("uri").example("https://conference.gov.vn/problems/not-found"))
                .addProperty("title", new StringSchema().example("Not Found"))
                .addProperty("status", new IntegerSchema().example(404))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty(
                        "rule",
                        new StringSchema()
                                .description("The rule broken, also the end of `type`")
                                .example("not-found"))
                .addProperty("errors", new ArraySchema().items(fieldError));
        problem.setRequired(List.of("type", "title", "status", "rule"));
        return problem;
    }

    static String sentence(String methodName) {
        String words = methodName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
