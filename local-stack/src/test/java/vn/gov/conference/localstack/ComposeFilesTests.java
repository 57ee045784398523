package vn.gov.conference.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** docker-compose.yml, .env and docker/prometheus.yml must agree with the build and with each other. */
class ComposeFilesTests {

    private static final Path ROOT =
            Path.of(System.getProperty("conference.test.repo-root", "..")).normalize();

    @Test
    void pinsTheSameMongoAndKafkaImagesAsTheRootPom() throws Exception {
        Map<String, String> env = dotEnv();
        Element properties = (Element) DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(ROOT.resolve("pom.xml").toFile())
                .getDocumentElement()
                .getElementsByTagName("properties")
                .item(0);

        assertThat(env.get("MONGO_IMAGE"))
                .as(".env MONGO_IMAGE vs root pom mongo.image")
                .isEqualTo(property(properties, "mongo.image"));
        assertThat(env.get("KAFKA_IMAGE"))
                .as(".env KAFKA_IMAGE vs root pom kafka.image")
                .isEqualTo(property(properties, "kafka.image"));
    }

    @Test
    void takesEveryThirdPartyImageFromEnvSoTagsArePinnedInOnePlace() throws IOException {
        List<String> images = Files.readAllLines(ROOT.resolve("docker-compose.yml")).stream()
                .map(String::strip)
                .filter(line -> line.startsWith("image:"))
                .toList();

        assertThat(images)
                .contains(
                        "image: ${MONGO_IMAGE}",
                        "image: ${KAFKA_IMAGE}",
                        "image: ${MAILPIT_IMAGE}",
                        "image: ${PROMETHEUS_IMAGE}");
        assertThat(images).allMatch(line -> line.startsWith("image: ${") || line.startsWith("image: conference/"));
        assertThat(dotEnv())
                .containsKeys(
                        "MAILPIT_IMAGE",
                        "PROMETHEUS_IMAGE",
                        "JDK_IMAGE",
                        "JRE_IMAGE",
                        "APP_VERSION",
                        "KAFKA_CLUSTER_ID");
        assertThat(dotEnv()).doesNotContainKey("CONFERENCE_LINK_SECRET");
    }

    @Test
    void buildsEveryServiceFromTheOneDockerfileOnTheDocumentedPort() throws IOException {
        String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
        String prometheus = Files.readString(ROOT.resolve("docker/prometheus.yml"));

        for (ServiceDefinition service : ServiceDefinition.values()) {
            int port = service.port(Ports.defaults());
            assertThat(compose)
                    .contains("MODULE: " + service.moduleName())
                    .contains("image: conference/" + service.moduleName() + ":${APP_VERSION}");
            assertThat(prometheus)
                    .as("Prometheus scrapes " + service.moduleName())
                    .contains("\"" + service.moduleName() + ":" + port + "\"");
            service.database()
                    .ifPresent(db -> assertThat(compose)
                            .contains("MONGODB_URI: mongodb://mongo:27017/" + db + "?replicaSet=rs0"));
        }
        assertThat(compose).doesNotContain("dockerfile:");
        assertThat(Files.readString(ROOT.resolve("Dockerfile")))
                .contains("ARG MODULE", "USER conference", "HEALTHCHECK");
    }

    private static String property(Element properties, String name) {
        return properties.getElementsByTagName(name).item(0).getTextContent().strip();
    }

    private static Map<String, String> dotEnv() throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(ROOT.resolve(".env"))) {
            String trimmed = line.strip();
            int eq = trimmed.indexOf('=');
            if (!trimmed.isEmpty() && !trimmed.startsWith("#") && eq > 0) {
                values.put(
                        trimmed.substring(0, eq).strip(),
                        trimmed.substring(eq + 1).strip());
            }
        }
        return values;
    }
}
