package vn.gov.conference.platform.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ObjectSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import tools.jackson.databind.JsonNode;
import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.security.SecurityProperties;

/**
 * Every service's OpenAPI document made true in one place rather than on each controller method: the caller comes
 * from the token (not a query parameter), every operation says how it is authenticated and which problem+json
 * refusals it can answer, and the document is titled for its service. See {@link ApiDocumentCustomizer}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiDocumentationProperties.class)
public class ApiDocumentation {

    static {
        // Resolved from the bearer token by CallerArgumentResolver; springdoc would list it as a required query object.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
        // A JSON tree (a merge patch's body) is any JSON object, not the getters of Jackson's node class.
        SpringDocUtils.getConfig()
                .replaceWithSchema(
                        JsonNode.class,
                        new ObjectSchema()
                                .description("A JSON object; null members remove (JSON Merge Patch, RFC 7396)"));
    }

    @Bean
    OpenApiCustomizer conferenceApiDocument(
            @Value("${spring.application.name}") String service,
            @Value("${conference.public-url:http://localhost:8080}") String publicUrl,
            SecurityProperties security,
            ApiDocumentationProperties documentation) {
        return new ApiDocumentCustomizer(
                service,
                publicUrl,
                security.publicPaths(),
                documentation.answers(),
                documentation.mediaTypes(),
                documentation.examples());
    }

    @Bean
    RequiredUnlessNullable requiredUnlessNullable() {
        return new RequiredUnlessNullable();
    }

    /** A summary where the method has none, from its name: {@code returnForCorrection} → "Return for correction". */
    @Bean
    OperationCustomizer conferenceOperationSummaries() {
        return (Operation operation, HandlerMethod handler) -> {
            if (operation.getSummary() == null || operation.getSummary().isBlank()) {
                operation.setSummary(
                        ApiDocumentCustomizer.sentence(handler.getMethod().getName()));
            }
            return operation;
        };
    }
}
