package vn.gov.conference.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every TCP port the local stack listens on. The defaults are the project's documented local ports;
 * {@link #shiftedBy(int)} moves all of them together so a second stack (an end-to-end test) can run beside
 * a developer's.
 */
public record Ports(
        int gateway,
        int planService,
        int agendaService,
        int notificationService,
        int documentsService,
        int web,
        int kafka,
        int kafkaController,
        int mongo,
        int smtp,
        int mailInbox) {

    public Ports {
        for (int port : List.of(
                gateway,
                planService,
                agendaService,
                notificationService,
                documentsService,
                web,
                kafka,
                kafkaController,
                mongo,
                smtp,
                mailInbox)) {
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException("Port " + port + " is outside 1..65535");
            }
        }
    }

    public static Ports defaults() {
        return new Ports(8080, 8081, 8082, 8083, 8084, 8085, 9092, 9093, 27017, 3025, 8025);
    }

    public Ports shiftedBy(int offset) {
        return new Ports(
                gateway + offset,
                planService + offset,
                agendaService + offset,
                notificationService + offset,
                documentsService + offset,
                web + offset,
                kafka + offset,
                kafkaController + offset,
                mongo + offset,
                smtp + offset,
                mailInbox + offset);
    }

    /** Ports the operating system just handed out as free, for tests that must not collide with anything. */
    public static Ports ephemeral() {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < 11; i++) {
                sockets.add(new ServerSocket(0));
            }
            int[] p = sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
            return new Ports(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            sockets.forEach(Ports::closeQuietly);
        }
    }

    /** Each port with what listens on it, in start-up order, for the port check and its error message. */
    Map<String, Integer> byOwner(boolean withServices) {
        Map<String, Integer> owners = new LinkedHashMap<>();
        owners.put("Kafka broker", kafka);
        owners.put("Kafka controller", kafkaController);
        owners.put("MongoDB-compatible server", mongo);
        owners.put("SMTP sink", smtp);
        owners.put("mail inbox", mailInbox);
        if (withServices) {
            for (ServiceDefinition service : ServiceDefinition.values()) {
                owners.put(service.moduleName(), service.port(this));
            }
        }
        return owners;
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // The port was only borrowed to learn its number.
        }
    }
}
