package vn.gov.conference.platform.openapi;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a service's OpenAPI document cannot infer from an operation's shape ({@link ApiDocumentCustomizer}): the
 * refusals of its own rules, such as plan-service's 422 for a plan that breaks its limits.
 *
 * @param refusals extra statuses, each for the operations it names
 */
@ConfigurationProperties("conference.openapi")
public record ApiDocumentationProperties(List<Refusal> refusals) {

    public ApiDocumentationProperties {
        refusals = refusals == null ? List.of() : List.copyOf(refusals);
    }

    /**
     * @param status      the status answered, as problem+json
     * @param methods     HTTP methods (all when empty)
     * @param paths       path patterns ({@code /api/plans/**}) matched against the documented paths
     * @param description when and why
     */
    public record Refusal(int status, List<String> methods, List<String> paths, String description) {

        public Refusal {
            methods = methods == null ? List.of() : List.copyOf(methods);
            paths = paths == null ? List.of() : List.copyOf(paths);
        }
    }
}
