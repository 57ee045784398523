package vn.gov.conference.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static vn.gov.conference.deploy.Manifests.at;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The manifests in {@code deploy/k8s} held to the applications they run: a port, a probe or a variable that drifts
 * from an application's own configuration fails here, not in a cluster at night.
 */
class ManifestsTests {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Path BASE = REPOSITORY.resolve("deploy/k8s/base");
    private static final Path PRODUCTION = REPOSITORY.resolve("deploy/k8s/overlays/production");
    /** Read by the JVM or the image, not by Spring: allowed without a placeholder. */
    private static final Set<String> RUNTIME_VARIABLES = Set.of("TZ", "JAVA_TOOL_OPTIONS");

    private static Manifests base;

    @BeforeAll
    static void read() throws IOException {
        base = Manifests.readFolder(BASE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"gateway", "plan-service", "agenda-service", "notification-service", "documents-service", "web"})
    void eachApplicationRunsOnItsOwnPortWithItsProbesAndOnlyTheVariablesItReads(String application) throws IOException {
        ApplicationConfig config = ApplicationConfig.of(REPOSITORY, application);
        Map<String, Object> deployment = base.find("Deployment", application)
                .orElseThrow(() -> new AssertionError("no Deployment " + application + " in deploy/k8s/base"));
        Map<String, Object> container = at(deployment, "spec", "template", "spec", "containers", 0);
        Map<String, String> env = values(container);

        int port = config.defaultPort();
        assertThat((Integer) at(container, "ports", 0, "containerPort"))
                .as("containerPort")
                .isEqualTo(port);
        assertThat(env).as("PORT").containsEntry("PORT", Integer.toString(port));
        Map<String, Object> service = base.find("Service", application).orElseThrow();
        assertThat((Integer) at(service, "spec", "ports", 0, "port"))
                .as("Service port")
                .isEqualTo(port);
        assertThat((String) at(service, "spec", "ports", 0, "targetPort")).isEqualTo("http");
        assertThat((Map<String, Object>) at(service, "spec", "selector"))
                .isEqualTo(Map.of("app.kubernetes.io/name", application));
        assertThat((Map<String, Object>) at(deployment, "spec", "template", "metadata", "labels"))
                .containsEntry("app.kubernetes.io/name", application);

        assertThat(config.exposesProbeGroups())
                .as(application + " enables Actuator's probe groups")
                .isTrue();
        assertThat((String) at(container, "livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
        assertThat((String) at(container, "startupProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
        assertThat((String) at(container, "readinessProbe", "httpGet", "path")).isEqualTo("/actuator/health/readiness");
        for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            assertThat((Object) at(container, probe, "httpGet", "port"))
                    .as(probe + " port")
                    .isEqualTo("http");
        }

        for (String variable : env.keySet()) {
            assertThat(config.reads(variable) || RUNTIME_VARIABLES.contains(variable))
                    .as("%s sets %s, which %s's configuration never reads", application, variable, application)
                    .isTrue();
        }
        for (String needed : List.of(
                "MONGODB_URI",
                "KAFKA_BOOTSTRAP_SERVERS",
                "SMTP_HOST",
                "CONFERENCE_PUBLIC_URL",
                "CONFERENCE_LINK_SECRET",
                "CONFERENCE_CONSOLE_SECRET",
                "CONFERENCE_BIND_ADDRESS")) {
            if (config.reads(needed)) {
                assertThat(env)
                        .as("%s reads %s: the manifest must set it", application, needed)
                        .containsKey(needed);
            }
        }
    }

    @Test
    void everySecretComesFromASecretAndNoDemoDefaultSurvives() throws IOException {
        for (Map<String, Object> deployment : base.ofKind("Deployment")) {
            String application = at(deployment, "metadata", "name");
            ApplicationConfig config = ApplicationConfig.of(REPOSITORY, application);
            List<Map<String, Object>> env = at(deployment, "spec", "template", "spec", "containers", 0, "env");
            for (Map<String, Object> variable : env) {
                String name = (String) variable.get("name");
                if (name.endsWith("SECRET") || name.equals("MONGODB_URI")) {
                    assertThat((Object) at(variable, "valueFrom", "secretKeyRef", "name"))
                            .as("%s's %s comes from a Secret", application, name)
                            .isNotNull();
                }
            }
            // A default that names a demo secret or the demo clients must never be what production runs on.
            config.placeholders().forEach((variable, fallback) -> {
                if (fallback.contains("secret") || fallback.contains("demo-")) {
                    assertThat(env.stream().map(v -> v.get("name")))
                            .as("%s falls back to a demo value for %s; the manifest must set it", application, variable)
                            .contains(variable);
                }
            });
        }
        assertThat(values(at(
                        base.find("Deployment", "gateway").orElseThrow(), "spec", "template", "spec", "containers", 0)))
                .containsEntry("CONFERENCE_AUTH_CLIENTS_FILE", "");
    }

    @Test
    void everyReferenceResolves() throws IOException {
        Map<String, Object> config = base.find("ConfigMap", "conference-config").orElseThrow();
        Set<String> keys = ((Map<String, Object>) at(config, "data")).keySet();
        for (Map<String, Object> deployment : base.ofKind("Deployment")) {
            List<Map<String, Object>> env = at(deployment, "spec", "template", "spec", "containers", 0, "env");
            for (Map<String, Object> variable : env) {
                String key = at(variable, "valueFrom", "configMapKeyRef", "key");
                if (key != null) {
                    assertThat(keys).as("conference-config has %s", key).contains(key);
                }
            }
        }
        // The gateway's routes point at the Services, on their ports.
        Map<String, String> gateway = values(
                at(base.find("Deployment", "gateway").orElseThrow(), "spec", "template", "spec", "containers", 0));
        for (Map<String, Object> service : base.ofKind("Service")) {
            String name = at(service, "metadata", "name");
            String variable = name.equals("web")
                    ? "WEB_SERVICE_URL"
                    : name.replace("-service", "").toUpperCase() + "_SERVICE_URL";
            if (!name.equals("gateway")) {
                assertThat(gateway)
                        .containsEntry(variable, "http://" + name + ":" + at(service, "spec", "ports", 0, "port"));
            }
        }
        // kustomize reads only what kustomization.yaml lists: every file of the folder must be in it.
        String kustomization = Files.readString(BASE.resolve("kustomization.yaml"));
        try (Stream<Path> files = Files.list(BASE)) {
            files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".yaml") && !f.equals("kustomization.yaml"))
                    .forEach(f -> assertThat(kustomization)
                            .as("kustomization.yaml lists " + f)
                            .contains("- " + f));
        }
    }

    @Test
    void productionScalesEveryApplicationFromTwoPodsAndKeepsOneDuringDisruptions() throws IOException {
        Manifests production = Manifests.readFolder(PRODUCTION);
        for (Map<String, Object> deployment : base.ofKind("Deployment")) {
            String name = at(deployment, "metadata", "name");
            Map<String, Object> autoscaler = production
                    .find("HorizontalPodAutoscaler", name)
                    .orElseThrow(() -> new AssertionError("no HorizontalPodAutoscaler for " + name));
            assertThat((String) at(autoscaler, "spec", "scaleTargetRef", "name"))
                    .isEqualTo(name);
            assertThat((Integer) at(autoscaler, "spec", "minReplicas")).isGreaterThanOrEqualTo(2);
            assertThat((Integer) at(autoscaler, "spec", "maxReplicas"))
                    .isGreaterThan((Integer) at(autoscaler, "spec", "minReplicas"));
            // The autoscaler works on CPU utilisation, a share of the request: a container without one never scales.
            assertThat((Object)
                            at(deployment, "spec", "template", "spec", "containers", 0, "resources", "requests", "cpu"))
                    .as(name + " requests CPU")
                    .isNotNull();
            Map<String, Object> budget =
                    production.find("PodDisruptionBudget", name).orElseThrow();
            assertThat((Integer) at(budget, "spec", "minAvailable")).isEqualTo(1);
        }
    }

    /** With kubectl on the machine, the overlay as kustomize renders it: what a cluster would receive. */
    @Test
    void theProductionOverlayRendersWithTwoReplicasOfEachApplicationInItsNamespace() throws Exception {
        assumeThat(kubectl()).as("kubectl on PATH").isTrue();
        Process process = new ProcessBuilder("kubectl", "kustomize", PRODUCTION.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String rendered = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("kubectl kustomize exit code").isZero();

        Manifests manifests = Manifests.parse(rendered);
        List<Map<String, Object>> deployments = manifests.ofKind("Deployment");
        assertThat(deployments).hasSize(6);
        for (Map<String, Object> deployment : deployments) {
            assertThat((Integer) at(deployment, "spec", "replicas")).isEqualTo(2);
            assertThat((String) at(deployment, "metadata", "namespace")).isEqualTo("conference");
            assertThat((String) at(deployment, "spec", "template", "spec", "containers", 0, "image"))
                    .matches("conference/[a-z-]+:.+");
        }
        Map<String, String> config =
                at(manifests.find("ConfigMap", "conference-config").orElseThrow(), "data");
        assertThat(config.get("CONFERENCE_PUBLIC_URL")).startsWith("https://");
        assertThat(config.get("CONFERENCE_TOKEN_ISSUER")).isEqualTo(config.get("CONFERENCE_PUBLIC_URL"));
    }

    private static boolean kubectl() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "kubectl")));
    }

    /** The literal values of a container's variables (those from a ConfigMap or Secret as "<from …>"). */
    private static Map<String, String> values(Map<String, Object> container) {
        List<Map<String, Object>> env = at(container, "env");
        return env.stream()
                .collect(Collectors.toMap(
                        v -> (String) v.get("name"),
                        v -> v.containsKey("value")
                                ? String.valueOf(v.get("value"))
                                : "<from " + v.get("valueFrom") + ">"));
    }
}
