package vn.gov.conference.documents.request.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultipartReaderTests {

    private static final String BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW";

    @Test
    void readsAFieldThenAFileWithItsRawUtf8NameAndType() throws IOException {
        byte[] body = join(
                "--" + BOUNDARY + "\r\n",
                "Content-Disposition: form-data; name=\"note\"\r\n\r\n",
                "một phần khác\r\n",
                "--" + BOUNDARY + "\r\n",
                "content-disposition: form-data; name=\"file\"; filename=\"Báo cáo PCI (bản đầy đủ).pdf\"\r\n",
                "Content-Type: application/pdf\r\n\r\n",
                "%PDF-1.7 nội dung\r\n",
                "--" + BOUNDARY + "--\r\n");
        MultipartReader reader = reader(body, 1);

        MultipartReader.Part note = reader.next();
        assertThat(note.name()).isEqualTo("note");
        assertThat(note.isFile()).isFalse();
        assertThat(text(note.body())).isEqualTo("một phần khác");
        MultipartReader.Part file = reader.next();
        assertThat(file.name()).isEqualTo("file");
        assertThat(file.fileName()).isEqualTo("Báo cáo PCI (bản đầy đủ).pdf");
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(text(file.body())).isEqualTo("%PDF-1.7 nội dung");
        assertThat(reader.next()).isNull();
        assertThat(reader.next()).isNull();
    }

    /**
     * Content full of near-delimiters (each one byte short or one byte wrong) read through every read size from one
     * byte up, so that a delimiter and each near one fall across the buffer's refills at every offset.
     */
    @Test
    void returnsEveryByteOfContentThatAlmostHoldsTheDelimiter() throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        Random random = new Random(18);
        byte[] noise = new byte[200_000];
        random.nextBytes(noise);
        for (int i = 0; i < 40; i++) {
            content.writeBytes(Arrays.copyOfRange(noise, i * 3000, i * 3000 + random.nextInt(3000)));
            String almost = "\r\n--" + BOUNDARY;
            content.writeBytes(
                    almost.substring(0, 1 + random.nextInt(almost.length() - 1)).getBytes(StandardCharsets.ISO_8859_1));
            content.writeBytes((almost.substring(0, almost.length() - 1) + "X").getBytes(StandardCharsets.ISO_8859_1));
        }
        content.writeBytes(noise); // more than a buffer's length
        byte[] file = content.toByteArray();
        byte[] body = join(
                "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n",
                file,
                "\r\n--" + BOUNDARY + "--");

        for (int readSize : new int[] {1, 2, 7, 41, 1000, 65_537, Integer.MAX_VALUE}) {
            MultipartReader reader = reader(body, readSize);
            MultipartReader.Part part = reader.next();
            assertThat(part.body().readAllBytes()).as("read size %d", readSize).isEqualTo(file);
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void skipsThePreambleTransportPaddingAndEpilogueAndAnUnreadPart() throws IOException {
        byte[] body = join(
                "This is a preamble, to be ignored.\r\n",
                "--" + BOUNDARY + " \t\r\n",
                "Content-Disposition: form-data; name=\"skipped\"; filename=\"x.pdf\"\r\n\r\n",
                "not read by anyone\r\n",
                "--" + BOUNDARY + "\r\n",
                "Content-Disposition: form-data; name=\"file\"; filename=\"b.pdf\"\r\n\r\n",
                "\r\n--" + BOUNDARY + "--\r\nAn epilogue, ignored too.");
        MultipartReader reader = reader(body, 5);

        assertThat(reader.next().name()).isEqualTo("skipped");
        MultipartReader.Part file = reader.next();
        assertThat(file.fileName()).isEqualTo("b.pdf");
        assertThat(file.body().readAllBytes()).isEmpty();
        assertThat(reader.next()).isNull();
    }

    @Test
    void decodesAnExtendedFileNameAndDropsNulsAndNamesOnlyFormDataParts() throws IOException {
        byte[] body = join(
                "--" + BOUNDARY + "\r\n",
                "Content-Disposition: form-data; name=\"file\"; filename=\"fallback.pdf\"; "
                        + "filename*=UTF-8''B%C3%A1o%20c%C3%A1o.pdf\r\n\r\nx\r\n",
                "--" + BOUNDARY + "\r\n",
                "Content-Disposition: form-data; name=\"file\"; filename=\"a\0b \\\"c\\\".pdf\"\r\n\r\ny\r\n",
                "--" + BOUNDARY + "\r\n",
                "Content-Disposition: attachment; name=\"file\"; filename=\"c.pdf\"\r\n\r\nz\r\n",
                "--" + BOUNDARY + "--");
        MultipartReader reader = reader(body, 64);

        assertThat(reader.next().fileName()).isEqualTo("Báo cáo.pdf");
        assertThat(reader.next().fileName()).isEqualTo("ab \\\"c\\\".pdf");
        MultipartReader.Part attachment = reader.next();
        assertThat(attachment.name()).isNull();
        assertThat(attachment.fileName()).isEqualTo("c.pdf");
    }

    @Test
    void refusesABodyThatEndsBeforeItsClosingBoundary() throws IOException {
        byte[] body = join(
                "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n",
                "the file, then nothing");
        MultipartReader reader = reader(body, 3);
        MultipartReader.Part part = reader.next();

        assertThatThrownBy(() -> part.body().readAllBytes())
                .isInstanceOf(MalformedMultipartException.class)
                .hasMessageContaining("closing boundary");
    }

    @Test
    void refusesABoundaryThatNeverAppearsOrALineThatDoesNotEndAfterIt() {
        assertThatThrownBy(() -> reader(join("no boundary here at all"), 4).next())
                .isInstanceOf(MalformedMultipartException.class);
        assertThatThrownBy(() ->
                        reader(join("--" + BOUNDARY + "garbage\r\n\r\n"), 4).next())
                .isInstanceOf(MalformedMultipartException.class)
                .hasMessageContaining("line break");
    }

    @Test
    void refusesHeadersLongerThanTheLimit() {
        byte[] body = join(
                "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"",
                "a".repeat(300),
                ".pdf\"\r\n\r\nx\r\n--" + BOUNDARY + "--");

        assertThatThrownBy(() -> new MultipartReader(new ByteArrayInputStream(body), BOUNDARY, 256).next())
                .isInstanceOf(MalformedMultipartException.class)
                .hasMessageContaining("256 bytes");
    }

    @Test
    void refusesAPartBodyReadAfterTheNextPartBegan() throws IOException {
        byte[] body = join(
                "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nfirst\r\n",
                "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"b\"\r\n\r\nsecond\r\n",
                "--" + BOUNDARY + "--");
        MultipartReader reader = reader(body, 100);
        MultipartReader.Part first = reader.next();
        reader.next();

        assertThatThrownBy(() -> first.body().read()).isInstanceOf(IOException.class);
    }

    @Test
    void parsesParametersQuotedOrNot() {
        assertThat(MultipartReader.parameters("Form-Data; NAME=file ; filename=\"a;b=c.pdf\"; flag; x=1"))
                .containsEntry("", "form-data")
                .containsEntry("name", "file")
                .containsEntry("filename", "a;b=c.pdf")
                .containsEntry("x", "1")
                .doesNotContainKey("flag");
    }

    /** A reader over {@code body} whose input hands out at most {@code readSize} bytes a read, as a network does. */
    private static MultipartReader reader(byte[] body, int readSize) throws IOException {
        InputStream input = new ByteArrayInputStream(body) {
            @Override
            public synchronized int read(byte[] bytes, int offset, int length) {
                return super.read(bytes, offset, Math.min(length, readSize));
            }
        };
        return new MultipartReader(input, BOUNDARY, 16 * 1024);
    }

    private static String text(InputStream body) throws IOException {
        return new String(body.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static byte[] join(Object... pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object piece : pieces) {
            out.writeBytes(
                    piece instanceof byte[] bytes ? bytes : piece.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
