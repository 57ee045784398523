package vn.gov.conference.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks every port before anything starts, so that a busy port is reported by name at once instead of as a
 * bind error deep in some child's log half a minute later.
 */
final class PortCheck {

    private PortCheck() {}

    static void requireFree(Map<String, Integer> portsByOwner) {
        List<String> busy = new ArrayList<>();
        portsByOwner.forEach((owner, port) -> {
            if (!isFree(port)) {
                busy.add("port " + port + " (" + owner + ")");
            }
        });
        if (busy.isEmpty()) {
            return;
        }
        int first = portsByOwner.values().stream()
                .filter(p -> !isFree(p))
                .findFirst()
                .orElse(0);
        throw new StartupFailure("Cannot start: " + String.join(", ", busy) + (busy.size() == 1 ? " is" : " are")
                + " already in use.\n"
                + "Another local stack, a Kafka, MongoDB or mail server, or some other program listens there.\n"
                + "Find it with `ss -ltnp 'sport = :" + first + "'` (or `lsof -i :" + first + "`) and stop it,"
                + " or move every port of this stack with --port-offset <n> (for example --port-offset 100).");
    }

    /** Binds the wildcard address as the services do; a listener on any interface makes that fail. */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
