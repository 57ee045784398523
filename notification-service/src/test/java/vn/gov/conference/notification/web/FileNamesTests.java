package vn.gov.conference.notification.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTests {

    @Test
    void namesADownloadInAsciiForEveryBrowserAndInVietnameseForThoseThatReadRfc5987() {
        assertThat(FileNames.attachment("Lịch hội nghị 276-KH-UBND.ics"))
                .isEqualTo("attachment; "
                        + "filename=\"Lich hoi nghi 276-KH-UBND.ics\"; "
                        + "filename*=UTF-8''L%E1%BB%8Bch%20h%E1%BB%99i%20ngh%E1%BB%8B%20276-KH-UBND.ics");
    }

    @Test
    void keepsCapitalsDropsDiacriticsAndReplacesWhatAQuotedNameCannotHold() {
        assertThat(FileNames.ascii("Đồng Tháp \"số 1\"\\—.ics")).isEqualTo("Dong Thap _so 1___.ics");
    }
}
