package vn.gov.conference.platform.openapi;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a service's OpenAPI document cannot infer from an operation's shape ({@link ApiDocumentCustomizer}): the
 * answers of its own rules, such as plan-service's 422 for a plan that breaks its limits, or documents-service's 206
 * for a byte range.
 *
 * @param answers    extra statuses, each for the operations it names
 * @param mediaTypes what the operations that answer files (not JSON) send on success
 */
@ConfigurationProperties("conference.openapi")
public record ApiDocumentationProperties(List<Answer> answers, List<Files> mediaTypes) {

    public ApiDocumentationProperties {
        answers = answers == null ? List.of() : List.copyOf(answers);
        mediaTypes = mediaTypes == null ? List.of() : List.copyOf(mediaTypes);
    }

    /**
     * @param methods HTTP methods (all when empty)
     * @param paths   path patterns matched against the documented paths
     * @param types   the media types a success may have (a {@code format} parameter or the stored file chooses)
     */
    public record Files(List<String> methods, List<String> paths, List<String> types) {

        public Files {
            methods = methods == null ? List.of() : List.copyOf(methods);
            paths = paths == null ? List.of() : List.copyOf(paths);
            types = types == null ? List.of() : List.copyOf(types);
        }
    }

    /**
     * @param status      the status answered: a refusal (4xx) as problem+json, a success with the operation's 200 content
     * @param methods     HTTP methods (all when empty)
     * @param paths       path patterns ({@code /api/plans/**}) matched against the documented paths
     * @param description when and why
     */
    public record Answer(int status, List<String> methods, List<String> paths, String description) {

        public Answer {
            methods = methods == null ? List.of() : List.copyOf(methods);
            paths = paths == null ? List.of() : List.copyOf(paths);
        }
    }
}
