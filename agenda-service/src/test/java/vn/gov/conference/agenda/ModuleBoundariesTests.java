package vn.gov.conference.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.gov.conference.testing.FeaturePackages;

/** The service's feature packages (the agenda itself in the base package) depend on each other without cycles. */
class ModuleBoundariesTests {

    @Test
    void featurePackagesFormNoCycle() {
        FeaturePackages features = FeaturePackages.of("vn.gov.conference.agenda");

        assertThat(features.dependencies()).containsKeys(FeaturePackages.ROOT, "programme", "timing", "room", "web");
        assertThat(features.cycleEdges())
                .as("dependencies between feature packages that lie on a cycle")
                .isEmpty();
    }
}
