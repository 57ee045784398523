package vn.gov.conference.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The services half of start-up, with stand-in jars instead of the Spring Boot ones (those may not be built
 * yet in the reactor): the others answer their health check, one dies. The stack must name the one that died,
 * show the end of its log, and stop everything else.
 */
class ServiceStartupTests {

    @TempDir
    Path folder;

    @Test
    void namesAServiceThatDiesDuringStartUpShowsItsLogAndStopsEverythingElse() throws Exception {
        Path checkout = folder.resolve("checkout");
        for (ServiceDefinition service : ServiceDefinition.values()) {
            StandIns.jar(checkout, service, service == ServiceDefinition.DOCUMENTS ? Failing.class : Healthy.class);
        }
        List<String> progress = new ArrayList<>();
        StackOptions options = StackOptions.forRepository(checkout)
                .dataFolder(folder.resolve("data"))
                .ports(Ports.ephemeral())
                .startupTimeout(Duration.ofSeconds(90))
                .progress(progress::add);

        assertThatThrownBy(() -> LocalStack.start(options))
                .isInstanceOf(StartupFailure.class)
                .hasMessageContaining("documents-service exited during start-up with code 1")
                .hasMessageContaining("Không mở được cơ sở dữ liệu mongodb://localhost:"
                        + options.ports().mongo() + "/conference-documents");

        assertThat(progress)
                .anyMatch(line -> line.startsWith("Starting the gateway, the four services and the web pages"))
                .anyMatch(line -> line.startsWith("Stopping the local stack"));
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive))
                .as("no child left running")
                .isEmpty();
        assertThat(PortCheck.isFree(options.ports().kafka())).isTrue();
        assertThat(PortCheck.isFree(options.ports().gateway())).isTrue();
    }

    /** Answers /actuator/health with UP on $PORT, as a started Spring Boot service does. */
    static class Healthy {
        public static void main(String[] args) throws Exception {
            HttpServer server = HttpServer.create(new InetSocketAddress(Integer.parseInt(System.getenv("PORT"))), 0);
            server.createContext("/actuator/health", exchange -> {
                byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            Thread.sleep(Duration.ofMinutes(5));
        }
    }

    /** Fails after a moment, the way a service does when it cannot use its database. */
    static class Failing {
        public static void main(String[] args) throws InterruptedException {
            Thread.sleep(1500);
            System.out.println("Không mở được cơ sở dữ liệu " + System.getenv("MONGODB_URI"));
            System.exit(1);
        }
    }
}
