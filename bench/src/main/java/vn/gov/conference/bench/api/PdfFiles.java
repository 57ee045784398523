package vn.gov.conference.bench.api;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * PDF files of an exact size for uploads: a header, one stream object of random (incompressible) bytes and a
 * trailer. Enough for the documents service, which recognises a PDF by its first bytes, and the same seed always
 * gives the same bytes, so a run can be repeated file for file.
 */
public final class PdfFiles {

    private static final byte[] HEAD = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Length 0 >>\nstream\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] TAIL =
            "\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    private PdfFiles() {}

    public static byte[] random(int size, long seed) {
        if (size < HEAD.length + TAIL.length) {
            throw new IllegalArgumentException("A PDF needs at least " + (HEAD.length + TAIL.length) + " bytes");
        }
        byte[] bytes = new byte[size];
        System.arraycopy(HEAD, 0, bytes, 0, HEAD.length);
        SplittableRandom random = new SplittableRandom(seed);
        int end = size - TAIL.length;
        for (int i = HEAD.length; i < end; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        System.arraycopy(TAIL, 0, bytes, end, TAIL.length);
        return bytes;
    }
}
