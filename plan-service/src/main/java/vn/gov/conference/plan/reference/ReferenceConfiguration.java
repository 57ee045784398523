package vn.gov.conference.plan.reference;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

import vn.gov.conference.plan.planning.PlanContentResolver;

/**
 * The reference data: the files shipped in the jar, or those in {@code conference.reference.location} (a folder
 * such as {@code file:/etc/conference/reference/}) when an operator keeps them up to date outside it.
 */
@Configuration(proxyBeanMethods = false)
class ReferenceConfiguration {

    @Bean
    ReferenceData referenceData(@Value("${conference.reference.location:}") String location, ResourceLoader loader) {
        if (location.isBlank()) {
            return ReferenceData.fromClasspath();
        }
        String folder = location.endsWith("/") ? location : location + "/";
        return ReferenceData.load(name -> {
            Resource file = loader.getResource(folder + name);
            try {
                return file.exists() ? file.getInputStream() : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Bean
    PlanContentResolver planContentResolver(ReferenceData reference) {
        return new PlanContentResolver(reference);
    }
}
