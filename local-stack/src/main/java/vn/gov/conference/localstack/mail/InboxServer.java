package vn.gov.conference.localstack.mail;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.conference.localstack.mail.ReceivedMessage.Attachment;

/**
 * The inbox over HTTP: HTML pages for a person and a JSON API for tests.
 * <pre>
 * GET    /                                  the message list (newest first)
 * GET    /messages/{id}                     one message; its HTML body in a sandboxed frame
 * GET    /api/messages[?to=address]         every message as JSON, oldest first
 * GET    /api/messages/{id}                 one message as JSON
 * GET    /api/messages/{id}/raw             the MIME source exactly as received
 * GET    /api/messages/{id}/attachments/{n} an attachment's bytes, with its name and type
 * DELETE /api/messages                      empties the inbox
 * DELETE /api/messages/{id}                 deletes one message
 * </pre>
 */
final class InboxServer implements AutoCloseable {

    private static final Pattern MESSAGE_PAGE = Pattern.compile("/messages/(\\d+)(/html|/delete)?");
    private static final Pattern MESSAGE_API = Pattern.compile("/api/messages/(\\d+)(/raw|/attachments/(\\d+))?");

    private final HttpServer server;
    private final ExecutorService executor;
    private final MailStore store;

    private InboxServer(HttpServer server, ExecutorService executor, MailStore store) {
        this.server = server;
        this.executor = executor;
        this.store = store;
    }

    static InboxServer start(String host, int port, MailStore store) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        InboxServer inbox = new InboxServer(server, executor, store);
        server.createContext("/", inbox::handle);
        server.setExecutor(executor);
        server.start();
        return inbox;
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals("/api/messages")) {
                messagesApi(exchange, method);
            } else if (path.startsWith("/api/")) {
                messageApi(exchange, method, path);
            } else {
                pages(exchange, method, path);
            }
        } catch (RuntimeException e) {
            send(exchange, 500, "application/json", MessageJson.error(500, e.toString()));
        }
    }

    private void messagesApi(HttpExchange exchange, String method) throws IOException {
        switch (method) {
            case "GET" -> {
                Optional<String> to = queryParameter(exchange.getRequestURI(), "to");
                List<ReceivedMessage> messages = store.all().stream()
                        .filter(m -> to.isEmpty() || m.isFor(to.get()))
                        .toList();
                send(exchange, 200, "application/json", MessageJson.list(messages));
            }
            case "DELETE" -> {
                store.clear();
                noContent(exchange);
            }
            default -> notAllowed(exchange, "GET, DELETE");
        }
    }

    private void messageApi(HttpExchange exchange, String method, String path) throws IOException {
        Matcher matcher = MESSAGE_API.matcher(path);
        if (!matcher.matches()) {
            send(exchange, 404, "application/json", MessageJson.error(404, "No such address: " + path));
            return;
        }
        long id = Long.parseLong(matcher.group(1));
        String part = matcher.group(2);
        if (part == null && method.equals("DELETE")) {
            if (store.delete(id)) {
                noContent(exchange);
            } else {
                messageNotFound(exchange, id);
            }
            return;
        }
        if (!method.equals("GET")) {
            notAllowed(exchange, part == null ? "GET, DELETE" : "GET");
            return;
        }
        Optional<ReceivedMessage> found = store.find(id);
        if (found.isEmpty()) {
            messageNotFound(exchange, id);
            return;
        }
        ReceivedMessage message = found.get();
        if (part == null) {
            send(exchange, 200, "application/json", MessageJson.one(message));
        } else if (part.equals("/raw")) {
            send(exchange, 200, "text/plain; charset=UTF-8", message.raw());
        } else {
            int index = Integer.parseInt(matcher.group(3));
            Optional<Attachment> attachment = message.attachment(index);
            if (attachment.isEmpty()) {
                send(
                        exchange,
                        404,
                        "application/json",
                        MessageJson.error(
                                404,
                                "Message " + id + " has no attachment " + index + " (it has "
                                        + message.attachments().size() + ", numbered from 0)"));
                return;
            }
            exchange.getResponseHeaders()
                    .set(
                            "Content-Disposition",
                            contentDisposition(attachment.get().name()));
            send(exchange, 200, attachment.get().contentType(), attachment.get().content());
        }
    }

    private void pages(HttpExchange exchange, String method, String path) throws IOException {
        if (path.equals("/") && method.equals("GET")) {
            send(exchange, 200, "text/html; charset=UTF-8", InboxPages.list(store.all()));
            return;
        }
        if (path.equals("/clear") && method.equals("POST")) {
            store.clear();
            redirectHome(exchange);
            return;
        }
        Matcher matcher = MESSAGE_PAGE.matcher(path);
        if (!matcher.matches()) {
            send(exchange, 404, "text/html; charset=UTF-8", InboxPages.notFound("Nothing at " + path));
            return;
        }
        long id = Long.parseLong(matcher.group(1));
        String part = matcher.group(2);
        if ("/delete".equals(part) && method.equals("POST")) {
            store.delete(id);
            redirectHome(exchange);
            return;
        }
        Optional<ReceivedMessage> found = store.find(id);
        if (found.isEmpty() || !method.equals("GET") || "/delete".equals(part)) {
            send(exchange, 404, "text/html; charset=UTF-8", InboxPages.notFound("There is no message " + id + "."));
        } else if (part == null) {
            send(exchange, 200, "text/html; charset=UTF-8", InboxPages.message(found.get()));
        } else if (found.get().html() == null) {
            send(exchange, 404, "text/html; charset=UTF-8", InboxPages.notFound("Message " + id + " has no HTML."));
        } else {
            // Mail HTML is untrusted: no scripts, nothing loaded from elsewhere.
            exchange.getResponseHeaders()
                    .set(
                            "Content-Security-Policy",
                            "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'");
            send(exchange, 200, "text/html; charset=UTF-8", InboxPages.htmlBody(found.get()));
        }
    }

    /** RFC 6266: an ASCII fallback for old clients, the exact UTF-8 name in filename* for everyone else. */
    static String contentDisposition(String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static Optional<String> queryParameter(URI uri, String name) {
        String query = uri.getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0
                    && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8)
                            .equals(name)) {
                return Optional.of(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    private static void messageNotFound(HttpExchange exchange, long id) throws IOException {
        send(exchange, 404, "application/json", MessageJson.error(404, "There is no message " + id));
    }

    private static void notAllowed(HttpExchange exchange, String allowed) throws IOException {
        exchange.getResponseHeaders().set("Allow", allowed);
        send(exchange, 405, "application/json", MessageJson.error(405, "Allowed here: " + allowed));
    }

    private static void redirectHome(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Location", "/");
        exchange.sendResponseHeaders(303, -1);
    }

    private static void noContent(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(204, -1);
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        send(
                exchange,
                status,
                contentType.startsWith("application/json") ? contentType + "; charset=UTF-8" : contentType,
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.close();
    }
}
