package vn.gov.conference.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.conference.testing.contracts.ObservedStatuses.Observed;
import vn.gov.conference.testing.contracts.OpenApiCheck;

/** What the customizer makes of springdoc's inference, and that the build's check fails the document it replaced. */
class ApiDocumentCustomizerTests {

    private static final ApiDocumentCustomizer CUSTOMIZER = new ApiDocumentCustomizer(
            "plan-service",
            "https://hoinghi.example.gov.vn",
            List.of("/api/plans/*/portal/**"),
            List.of(new ApiDocumentationProperties.Answer(422, List.of("POST"), List.of("/api/plans"), "Limits")),
            List.of(new ApiDocumentationProperties.Files(
                    List.of(), List.of("/api/plans/*/document"), List.of("application/pdf"))));

    /** What springdoc wrote before: a required query "caller", only 200 as *\/*, no security, default title. */
    private static OpenAPI inferred() {
        Operation create = new Operation()
                .summary("Draft a plan")
                .operationId("create")
                .addParametersItem(
                        new QueryParameter().name("caller").required(true).schema(new ObjectSchema()))
                .requestBody(new RequestBody().content(json()))
                .responses(new ApiResponses()
                        .addApiResponse(
                                "200",
                                new ApiResponse()
                                        .description("OK")
                                        .content(new Content()
                                                .addMediaType("*/*", new MediaType().schema(new ObjectSchema())))));
        Operation revise = new Operation()
                .summary("Revise")
                .operationId("revise")
                .addParametersItem(id())
                .addParametersItem(new HeaderParameter().name("If-Match").schema(new StringSchema()))
                .requestBody(new RequestBody().content(json()))
                .responses(new ApiResponses()
                        .addApiResponse(
                                "200", new ApiResponse().description("OK").content(json())));
        Operation portal = new Operation()
                .summary("Portal")
                .operationId("portal")
                .addParametersItem(id())
                .addParametersItem(new QueryParameter().name("sig").schema(new StringSchema()))
                .responses(new ApiResponses()
                        .addApiResponse(
                                "200", new ApiResponse().description("OK").content(json())));
        return new OpenAPI()
                .info(new io.swagger.v3.oas.models.info.Info()
                        .title("OpenAPI definition")
                        .version("v0"))
                .paths(new Paths()
                        .addPathItem("/api/plans", new PathItem().post(create))
                        .addPathItem("/api/plans/{id}", new PathItem().patch(revise))
                        .addPathItem("/api/plans/{id}/portal/bundle.zip", new PathItem().get(portal)));
    }

    private static PathParameter id() {
        return (PathParameter) new PathParameter().name("id").schema(new StringSchema());
    }

    private static Content json() {
        return new Content().addMediaType("application/json", new MediaType().schema(new ObjectSchema()));
    }

    private static String write(OpenAPI openApi) {
        return Json31.pretty(openApi);
    }

    @Test
    void theCheckFailsWhatSpringdocInferredAlone() {
        assertThat(OpenApiCheck.problems(write(inferred())))
                .contains(
                        "info.title is springdoc's default",
                        "no security scheme is declared",
                        "POST /api/plans: no security requirement",
                        "POST /api/plans: lists the token's caller as a query parameter",
                        "POST /api/plans 200: content */*");
    }

    @Test
    void documentsSecurityAndTheRefusalsEachOperationCanAnswer() {
        OpenAPI openApi = inferred();
        openApi.getPaths().get("/api/plans").getPost().setParameters(null); // springdoc no longer lists the caller
        openApi.getPaths().get("/api/plans").getPost().getResponses().get("200").setContent(json());
        CUSTOMIZER.customise(openApi);

        assertThat(OpenApiCheck.problems(write(openApi))).isEmpty();
        assertThat(openApi.getInfo().getTitle()).isEqualTo("Conference planning — plan-service");
        assertThat(openApi.getPaths().get("/api/plans").getPost().getResponses().keySet())
                .containsExactly("200", "400", "401", "403", "409", "413", "415", "422", "default");
        assertThat(openApi.getPaths()
                        .get("/api/plans/{id}")
                        .getPatch()
                        .getResponses()
                        .keySet())
                .containsExactly("200", "400", "401", "403", "404", "409", "412", "413", "415", "428", "default");
        // A signed link stands in for the token: security is optional.
        assertThat(openApi.getPaths()
                        .get("/api/plans/{id}/portal/bundle.zip")
                        .getGet()
                        .getSecurity())
                .hasSize(3)
                .last()
                .satisfies(requirement -> assertThat(requirement).isEmpty());
        assertThat(openApi.getPaths()
                        .get("/api/plans/{id}/portal/bundle.zip")
                        .getGet()
                        .getResponses()
                        .keySet())
                .containsExactly("200", "400", "401", "403", "404", "default");
    }

    @Test
    void filesAreDocumentedAsTheirMediaTypesNotAsJson() {
        OpenAPI openApi = inferred();
        Content bytes = new Content()
                .addMediaType("application/json", new MediaType().schema(new StringSchema().format("byte")));
        openApi.getPaths()
                .addPathItem(
                        "/api/plans/{id}/document",
                        new PathItem()
                                .get(new Operation()
                                        .summary("Document")
                                        .addParametersItem(id())
                                        .responses(new ApiResponses()
                                                .addApiResponse(
                                                        "200",
                                                        new ApiResponse()
                                                                .description("OK")
                                                                .content(bytes)))));
        openApi.getPaths()
                .get("/api/plans/{id}/portal/bundle.zip")
                .getGet()
                .getResponses()
                .get("200")
                .setContent(new Content()
                        .addMediaType("application/json", new MediaType().schema(new StringSchema().format("binary"))));
        CUSTOMIZER.customise(openApi);

        assertThat(openApi.getPaths()
                        .get("/api/plans/{id}/document")
                        .getGet()
                        .getResponses()
                        .get("200")
                        .getContent())
                .containsOnlyKeys("application/pdf");
        assertThat(openApi.getPaths()
                        .get("/api/plans/{id}/portal/bundle.zip")
                        .getGet()
                        .getResponses()
                        .get("200")
                        .getContent())
                .containsOnlyKeys("application/octet-stream");
        assertThat(openApi.getPaths()
                        .get("/api/plans/{id}")
                        .getPatch()
                        .getResponses()
                        .get("200")
                        .getContent())
                .containsOnlyKeys("application/json");
    }

    @Test
    void anAnswerTheDocumentDoesNotListIsReported() {
        OpenAPI openApi = inferred();
        CUSTOMIZER.customise(openApi);
        String document = write(openApi);

        assertThat(OpenApiCheck.undocumented(
                        document,
                        List.of(
                                new Observed("POST", "/api/plans", 422),
                                new Observed("PATCH", "/api/plans/p-1", 412),
                                new Observed("GET", "/actuator/health", 200),
                                new Observed("DELETE", "/api/plans/p-1", 405))))
                .isEmpty();
        assertThat(OpenApiCheck.undocumented(
                        document,
                        List.of(
                                new Observed("POST", "/api/plans", 201),
                                new Observed("GET", "/api/plans/p-1/portal/bundle.zip", 409),
                                new Observed("DELETE", "/api/plans/p-1", 204))))
                .containsExactly(
                        "POST /api/plans → 201: POST /api/plans documents only "
                                + "[200, 400, 401, 403, 409, 413, 415, 422, default]",
                        "GET /api/plans/p-1/portal/bundle.zip → 409: GET /api/plans/{id}/portal/bundle.zip documents "
                                + "only [200, 400, 401, 403, 404, default]",
                        "DELETE /api/plans/p-1 → 204: no operation documents DELETE /api/plans/p-1");
    }

    @Test
    void showsTheConfiguredExamplesOfABodyAndTheCheckValidatesThemAgainstTheirSchema() {
        ApiDocumentCustomizer customizer = new ApiDocumentCustomizer(
                "plan-service",
                "https://hoinghi.example.gov.vn",
                List.of(),
                List.of(),
                List.of(),
                List.of(new ApiDocumentationProperties.Example(
                        "POST", "/api/plans", null, List.of("openapi-examples/small-plan.json"), "A small plan")));
        OpenAPI openApi = inferred();
        customizer.customise(openApi);
        MediaType body = openApi.getPaths()
                .get("/api/plans")
                .getPost()
                .getRequestBody()
                .getContent()
                .get("application/json");

        assertThat(body.getExamples()).containsOnlyKeys("small-plan");
        assertThat(body.getExamples().get("small-plan").getSummary()).isEqualTo("A small plan");
        assertThat(OpenApiCheck.operationsWithExamples(write(openApi))).containsExactly("POST /api/plans");
        assertThat(OpenApiCheck.invalidExamples(write(openApi))).isEmpty();

        body.schema(new ObjectSchema()
                .addProperty("title", new StringSchema())
                .addProperty("chair", new StringSchema())
                .required(List.of("title", "chair")));
        assertThat(OpenApiCheck.invalidExamples(write(openApi)))
                .singleElement()
                .asString()
                .startsWith("POST /api/plans body application/json example small-plan")
                .contains("chair");
    }

    @Test
    void anExampleWhoseResourceIsMissingFailsTheDocumentRatherThanVanish() {
        ApiDocumentCustomizer customizer = new ApiDocumentCustomizer(
                "plan-service",
                "https://hoinghi.example.gov.vn",
                List.of(),
                List.of(),
                List.of(),
                List.of(new ApiDocumentationProperties.Example(
                        "POST", "/api/plans", null, List.of("openapi-examples/no-such-plan.json"), null)));

        assertThatIllegalStateException()
                .isThrownBy(() -> customizer.customise(inferred()))
                .withMessageContaining("no-such-plan.json");
    }
}
