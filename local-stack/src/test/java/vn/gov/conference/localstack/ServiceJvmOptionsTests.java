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

    /** What the benchmarks ask for: the compiler a deployment runs, for every service. */
    @Test
    void everyServiceGetsTheFullTieredCompilerWithTheProductionJit() {
        String before = System.getProperty(LocalStack.PRODUCTION_JIT);
        System.setProperty(LocalStack.PRODUCTION_JIT, "true");
        try {
            for (ServiceDefinition service : ServiceDefinition.values()) {
                assertThat(LocalStack.jvmOptions(service))
                        .as(service.moduleName())
                        .contains("-Xmx256m", "-XX:+UseSerialGC")
                        .noneMatch(option -> option.startsWith("-XX:TieredStopAtLevel"));
            }
        } finally {
            if (before == null) {
                System.clearProperty(LocalStack.PRODUCTION_JIT);
            } else {
                System.setProperty(LocalStack.PRODUCTION_JIT, before);
            }
        }
    }
}
