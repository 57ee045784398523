package vn.gov.conference.bench.fanout;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The baseline of the fan-out: plain SMTP, one connection per message as Spring's JavaMailSender opens for each
 * {@code send}, and nothing else: no outbox, no letter to write, no rate limit. A message counts as delivered when the
 * sink answers 250 to its DATA.
 */
final class RawSmtp {

    private final String host;
    private final int port;

    RawSmtp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** Sends {@code message} (a MIME source with CRLF line ends) to one envelope recipient. */
    void send(String from, String recipient, byte[] message) {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(30_000);
            // Each command waits for its answer: without this, Nagle's algorithm and the peer's delayed ACK add
            // some 40 ms to every exchange, and the loop would measure TCP timers instead of the sink.
            socket.setTcpNoDelay(true);
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
            expect(in, "220");
            command(out, in, "EHLO bench.localhost", "250");
            command(out, in, "MAIL FROM:<" + from + ">", "250");
            command(out, in, "RCPT TO:<" + recipient + ">", "250");
            command(out, in, "DATA", "354");
            out.write(message);
            out.write(".\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            expect(in, "250");
            command(out, in, "QUIT", "221");
        } catch (IOException e) {
            throw new UncheckedIOException("SMTP to " + host + ":" + port + " failed", e);
        }
    }

    /** CRLF line ends, a final CRLF, and lines starting with a dot doubled (RFC 5321 transparency). */
    static byte[] dataBlock(byte[] source) {
        String text = new String(source, StandardCharsets.ISO_8859_1)
                .replace("\r\n", "\n")
                .replace("\n", "\r\n");
        if (!text.endsWith("\r\n")) {
            text += "\r\n";
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 64);
        for (String line : text.split("\r\n", -1)) {
            if (line.startsWith(".")) {
                out.write('.');
            }
            out.writeBytes(line.getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        byte[] bytes = out.toByteArray();
        // split(-1) leaves an empty last element after the final CRLF: drop the extra CRLF it added.
        return java.util.Arrays.copyOf(bytes, bytes.length - 2);
    }

    private static void command(OutputStream out, BufferedReader in, String line, String expected) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        expect(in, expected);
    }

    private static void expect(BufferedReader in, String code) throws IOException {
        String line;
        do {
            line = in.readLine();
            if (line == null) {
                throw new IOException("The SMTP server closed the connection, expected " + code);
            }
        } while (line.length() > 3 && line.charAt(3) == '-');
        if (!line.startsWith(code)) {
            throw new IOException("Expected " + code + ", got: " + line);
        }
    }
}
