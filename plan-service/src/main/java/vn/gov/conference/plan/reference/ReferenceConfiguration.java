package vn.gov.conference.plan.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The reference store, seeded when empty from the files shipped in the jar, or from those in
 * {@code conference.reference.location} (a folder such as {@code file:/etc/conference/reference/}) when an operator
 * starts a deployment from data of their own.
 */
@Configuration(proxyBeanMethods = false)
class ReferenceConfiguration {

    @Bean
    ReferenceStore referenceStore(
            MongoTemplate mongo,
            Clock clock,
            @Value("${conference.reference.location:}") String location,
            ResourceLoader loader) {
        return new ReferenceStore(mongo, () -> seed(location, loader), clock);
    }

    private static ReferenceData seed(String location, ResourceLoader loader) {
        if (location.isBlank()) {
            return ReferenceSeed.fromClasspath();
        }
        String folder = location.endsWith("/") ? location : location + "/";
        return ReferenceSeed.load(name -> {
            Resource file = loader.getResource(folder + name);
            try {
                return file.exists() ? file.getInputStream() : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
