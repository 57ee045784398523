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
 * @param examples   request bodies shown as examples, read from the classpath
 */
@ConfigurationProperties("conference.openapi")
public record ApiDocumentationProperties(List<Answer> answers, List<Files> mediaTypes, List<Example> examples) {

    public ApiDocumentationProperties {
        answers = answers == null ? List.of() : List.copyOf(answers);
        mediaTypes = mediaTypes == null ? List.of() : List.copyOf(mediaTypes);
        examples = examples == null ? List.of() : List.copyOf(examples);
    }

    /**
     * Real request bodies for one operation, each a named example of its body: the seed plans and agendas of
     * {@code demo-data/}, which the service's build copies onto its classpath.
     *
     * @param method    the HTTP method
     * @param path      the documented path, exactly ({@code /api/plans/{id}/approve})
     * @param mediaType the body's media type (application/json when absent); JSON is shown parsed, other text as is
     * @param resources classpath resources, one example each, named by file name without its extension
     * @param summary   what the examples are, for every one of them
     */
    public record Example(String method, String path, String mediaType, List<String> resources, String summary) {

        public Example {
            mediaType = mediaType == null ? "application/json" : mediaType;
            resources = resources == null ? List.of() : List.copyOf(resources);
        }
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
