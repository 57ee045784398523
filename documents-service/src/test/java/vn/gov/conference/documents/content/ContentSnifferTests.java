package vn.gov.conference.documents.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.gov.conference.documents.testing.SampleFiles;

class ContentSnifferTests {

    @Test
    void recognisesEveryAcceptedFormatFromItsBytes() {
        assertThat(sniff(SampleFiles.pdf("Bao cao PAR Index"))).contains(MaterialFormat.PDF);
        assertThat(sniff(SampleFiles.docx("Báo cáo kết quả PAPI"))).contains(MaterialFormat.DOCX);
        assertThat(sniff(SampleFiles.xlsx())).contains(MaterialFormat.XLSX);
        assertThat(sniff(SampleFiles.pptx())).contains(MaterialFormat.PPTX);
        assertThat(sniff(SampleFiles.openDocument("application/vnd.oasis.opendocument.text")))
                .contains(MaterialFormat.ODT);
        assertThat(sniff(SampleFiles.openDocument("application/vnd.oasis.opendocument.spreadsheet")))
                .contains(MaterialFormat.ODS);
        assertThat(sniff(SampleFiles.openDocument("application/vnd.oasis.opendocument.presentation")))
                .contains(MaterialFormat.ODP);
        assertThat(sniff(SampleFiles.png())).contains(MaterialFormat.PNG);
        assertThat(sniff(SampleFiles.jpeg())).contains(MaterialFormat.JPEG);
        assertThat(sniff(SampleFiles.gif())).contains(MaterialFormat.GIF);
        assertThat(sniff(SampleFiles.webp())).contains(MaterialFormat.WEBP);
    }

    @Test
    void refusesMacroEnabledOfficeDocuments() {
        assertThat(sniff(SampleFiles.docm("Sub AutoOpen()"))).isEmpty();
    }

    @Test
    void refusesAPlainArchiveEvenWithOfficeLikeEntryNames() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("word/document.xml", "<w:document/>");
        entries.put("readme.txt", "not a document");
        assertThat(sniff(SampleFiles.zipOf(entries))).isEmpty();
    }

    @Test
    void refusesOpenDocumentKindsWeDoNotServe() {
        assertThat(sniff(SampleFiles.openDocument("application/vnd.oasis.opendocument.graphics")))
                .isEmpty();
    }

    @Test
    void refusesExecutablesMarkupAndText() {
        assertThat(sniff("MZ\u0090\u0000\u0003".getBytes(StandardCharsets.ISO_8859_1)))
                .isEmpty();
        assertThat(sniff("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(sniff("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(sniff("Báo cáo".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(sniff(new byte[0])).isEmpty();
    }

    @Test
    void refusesAPdfSignatureThatDoesNotStartTheFile() {
        byte[] polyglot = ("<html>" + new String(SampleFiles.pdf("x"), StandardCharsets.US_ASCII))
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(sniff(polyglot)).isEmpty();
    }

    @Test
    void refusesAnArchiveCutOffBeforeItDescribesItself() {
        byte[] docx = SampleFiles.docx("Báo cáo");
        assertThat(sniff(Arrays.copyOf(docx, 40))).isEmpty();
    }

    private static Optional<MaterialFormat> sniff(byte[] bytes) {
        return ContentSniffer.sniff(bytes, bytes.length);
    }
}
