package vn.gov.conference.bench.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A plain TCP relay on loopback in front of one port: what any hop costs on this machine, with no HTTP in it. Each
 * accepted connection gets its own connection to the target and a virtual thread per direction copying 8 kB reads,
 * the buffer size of the gateway's server (Tomcat) and client (HttpClient) alike.
 */
final class TcpRelay implements AutoCloseable {

    private static final int BUFFER = 8192;

    private final ServerSocket server;
    private final int target;

    private TcpRelay(int target) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.target = target;
        Thread.ofVirtual().name("tcp-relay-accept").start(this::accept);
    }

    static TcpRelay to(int targetPort) {
        try {
            return new TcpRelay(targetPort);
        } catch (IOException e) {
            throw new IllegalStateException("Could not open the relay's port", e);
        }
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket caller = server.accept();
                Socket service = new Socket();
                caller.setTcpNoDelay(true);
                service.setTcpNoDelay(true);
                service.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), target));
                Thread.ofVirtual().start(() -> pump(caller, service));
                Thread.ofVirtual().start(() -> pump(service, caller));
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Copies one direction until it ends, then closes both sockets (which ends the other direction too). */
    private static void pump(Socket from, Socket to) {
        byte[] buffer = new byte[BUFFER];
        try (from;
                to;
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            // One side closed: the connection is over.
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // Closing the listening socket only: nothing to recover.
        }
    }
}
