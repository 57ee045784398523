package vn.gov.conference.documents.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaterialFormatTests {

    @Test
    void admitsItsOwnTypeItsAliasesAndTypesThatClaimNothing() {
        assertThat(MaterialFormat.PDF.admitsDeclaredType("application/pdf")).isTrue();
        assertThat(MaterialFormat.PDF.admitsDeclaredType("Application/PDF; name=\"x.pdf\""))
                .isTrue();
        assertThat(MaterialFormat.PDF.admitsDeclaredType("application/x-pdf")).isTrue();
        assertThat(MaterialFormat.JPEG.admitsDeclaredType("image/jpg")).isTrue();
        assertThat(MaterialFormat.PDF.admitsDeclaredType(null)).isTrue();
        assertThat(MaterialFormat.PDF.admitsDeclaredType("")).isTrue();
        assertThat(MaterialFormat.PDF.admitsDeclaredType("application/octet-stream"))
                .isTrue();
    }

    @Test
    void admitsZipClaimsOnlyForZipBasedDocuments() {
        assertThat(MaterialFormat.DOCX.admitsDeclaredType("application/zip")).isTrue();
        assertThat(MaterialFormat.ODS.admitsDeclaredType("application/x-zip-compressed"))
                .isTrue();
        assertThat(MaterialFormat.PDF.admitsDeclaredType("application/zip")).isFalse();
    }

    @Test
    void refusesAnotherFormatsType() {
        assertThat(MaterialFormat.DOCX.admitsDeclaredType("application/pdf")).isFalse();
        assertThat(MaterialFormat.PDF.admitsDeclaredType("image/png")).isFalse();
        assertThat(MaterialFormat.PNG.admitsDeclaredType("text/html")).isFalse();
        assertThat(MaterialFormat.DOCX.admitsDeclaredType("application/msword")).isFalse();
    }

    @Test
    void knowsItsExtensions() {
        assertThat(MaterialFormat.byExtension("JPEG")).contains(MaterialFormat.JPEG);
        assertThat(MaterialFormat.byExtension("docx")).contains(MaterialFormat.DOCX);
        assertThat(MaterialFormat.byExtension("doc")).isEmpty();
    }
}
