package vn.gov.conference.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which compiler each service JVM gets: C1 only for a fast start, the full tiered compiler where hashing is hot. */
class ServiceJvmOptionsTests {

    @Test
    void documentsServiceGetsTheFullTieredCompilerForItsUploadHashes() {
        assertThat(LocalStack.jvmOptions(ServiceDefinition.DOCUMENTS))
                .contains("-Xmx256m", "-XX:+UseSerialGC")
                .noneMatch(option -> option.startsWith("-XX:TieredStopAtLevel"));
    }

    @Test
    void everyOtherServiceStartsWithC1Only() {
        for (ServiceDefinition service : ServiceDefinition.values()) {
            if (service != ServiceDefinition.DOCUMENTS) {
                assertThat(LocalStack.jvmOptions(service))
                        .as(service.moduleName())
                        .isEqualTo(LocalStack.SERVICE_JVM_OPTIONS)
                        .contains("-XX:TieredStopAtLevel=1");
            }
        }
    }
}
