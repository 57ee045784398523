package vn.gov.conference.documents.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentDispositionsTests {

    @Test
    void carriesTheVietnameseNameInRfc5987AndAnAsciiFallback() {
        String header = ContentDispositions.attachment("Dự thảo phát biểu (Đợt 1).docx");

        assertThat(header)
                .isEqualTo(
                        "attachment; filename=\"Du thao phat bieu (Dot 1).docx\"; "
                                + "filename*=UTF-8''D%E1%BB%B1%20th%E1%BA%A3o%20ph%C3%A1t%20bi%E1%BB%83u%20%28%C4%90%E1%BB%A3t%201%29.docx");
        String encoded = header.substring(header.indexOf("UTF-8''") + 7);
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo("Dự thảo phát biểu (Đợt 1).docx");
    }

    @Test
    void neverLetsAQuoteOrBackslashBreakTheHeader() {
        assertThat(ContentDispositions.asciiFallback("a\"b\\c;.pdf")).isEqualTo("a_b_c;.pdf");
        assertThat(ContentDispositions.encode("a\"b;c.pdf")).isEqualTo("a%22b%3Bc.pdf");
    }
}
