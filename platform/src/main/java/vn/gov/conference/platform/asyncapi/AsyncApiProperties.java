package vn.gov.conference.platform.asyncapi;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a service declares about its events for its AsyncAPI document.
 *
 * @param publishes CloudEvents types the service publishes
 * @param consumes  CloudEvents types the service reacts to
 */
@ConfigurationProperties("conference.asyncapi")
public record AsyncApiProperties(List<String> publishes, List<String> consumes) {

    public AsyncApiProperties {
        publishes = publishes == null ? List.of() : List.copyOf(publishes);
        consumes = consumes == null ? List.of() : List.copyOf(consumes);
    }
}
