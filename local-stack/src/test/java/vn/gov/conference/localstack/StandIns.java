package vn.gov.conference.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Stand-in service jars for the stack tests (a class of these tests as each service), and asking one how it is. */
final class StandIns {

    private StandIns() {}

    /**
     * A stack started in {@code folder} (its checkout and data) on stand-ins that run {@code main}, {@code replicas}
     * processes of each replicated service.
     */
    static LocalStack start(Path folder, Class<?> main, Ports ports, int replicas, Consumer<String> progress)
            throws IOException {
        Path checkout = folder.resolve("checkout");
        jars(checkout, main);
        return LocalStack.start(StackOptions.forRepository(checkout)
                .dataFolder(folder.resolve("data"))
                .ports(ports)
                .replicas(replicas)
                .startupTimeout(Duration.ofSeconds(90))
                .progress(progress));
    }

    /** Every service's jar in {@code checkout} runs {@code main}. */
    static void jars(Path checkout, Class<?> main) throws IOException {
        for (ServiceDefinition service : ServiceDefinition.values()) {
            jar(checkout, service, main);
        }
    }

    /** An executable jar whose manifest runs {@code main} from the test-classes folder. */
    static void jar(Path checkout, ServiceDefinition service, Class<?> main) throws IOException {
        Path jar = service.jar(checkout);
        Files.createDirectories(jar.getParent());
        Path testClasses = Path.of(StandIns.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .getPath());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, main.getName());
        manifest.getMainAttributes()
                .put(
                        Attributes.Name.CLASS_PATH,
                        jar.getParent().relativize(testClasses).toString().replace('\\', '/') + "/");
        try (JarOutputStream ignored = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            // The manifest is the whole jar.
        }
    }

    /** The body of the {@code replica}-th process's {@code /actuator/health}; ConnectException when none listens. */
    static String health(LocalStack stack, ServiceDefinition service, int replica)
            throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(
                            HttpRequest.newBuilder(URI.create(
                                            stack.addresses().serviceUrl(service, replica) + "/actuator/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        }
    }
}
