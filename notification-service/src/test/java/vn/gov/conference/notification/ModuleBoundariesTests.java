package vn.gov.conference.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.gov.conference.testing.FeaturePackages;

/** The service's feature packages depend on each other without cycles. */
class ModuleBoundariesTests {

    @Test
    void featurePackagesFormNoCycle() {
        FeaturePackages features = FeaturePackages.of("vn.gov.conference.notification");

        assertThat(features.dependencies())
                .containsKeys("invitation", "letters", "email", "links", "directory", "attendance", "web");
        assertThat(features.cycleEdges())
                .as("dependencies between feature packages that lie on a cycle")
                .isEmpty();
    }
}
