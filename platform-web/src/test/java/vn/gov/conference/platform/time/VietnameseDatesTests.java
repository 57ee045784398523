package vn.gov.conference.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class VietnameseDatesTests {

    @Test
    void writesClockTimesAsThePlansDo() {
        assertThat(VietnameseDates.clock(OffsetDateTime.parse("2024-08-15T08:05+07:00")))
                .isEqualTo("8 giờ 05");
        assertThat(VietnameseDates.clock(OffsetDateTime.parse("2024-08-15T08:00+07:00")))
                .isEqualTo("8 giờ");
        assertThat(VietnameseDates.clock(OffsetDateTime.parse("2026-04-15T13:30+07:00")))
                .isEqualTo("13 giờ 30");
        assertThat(VietnameseDates.range(
                        OffsetDateTime.parse("2024-08-15T07:30+07:00"), OffsetDateTime.parse("2024-08-15T08:00+07:00")))
                .isEqualTo("7 giờ 30 - 8 giờ");
    }

    @Test
    void writesTheFullDateWithTheWeekdayInHoChiMinhTime() {
        assertThat(VietnameseDates.full(OffsetDateTime.parse("2026-04-15T13:30+07:00")))
                .isEqualTo("13 giờ 30, thứ Tư, ngày 15/4/2026");
        assertThat(VietnameseDates.full(OffsetDateTime.parse("2021-07-07T01:00Z")))
                .isEqualTo("8 giờ, thứ Tư, ngày 7/7/2021");
        assertThat(VietnameseDates.weekday(OffsetDateTime.parse("2021-07-11T08:00+07:00")))
                .isEqualTo("Chủ nhật");
    }

    @Test
    void writesADeadlineAtMidnightAsTheDayBeforeWhichItFalls() {
        assertThat(VietnameseDates.before(OffsetDateTime.parse("2024-07-25T00:00+07:00")))
                .isEqualTo("trước ngày 25/7/2024");
        assertThat(VietnameseDates.before(OffsetDateTime.parse("2024-07-24T17:00Z")))
                .isEqualTo("trước ngày 25/7/2024");
        assertThat(VietnameseDates.before(OffsetDateTime.parse("2021-07-05T17:00+07:00")))
                .isEqualTo("trước 17 giờ, ngày 5/7/2021");
    }

    @Test
    void writesLocalTimesDaysAndMomentsTheSameWay() {
        assertThat(VietnameseDates.range(LocalTime.of(7, 30), LocalTime.of(8, 0)))
                .isEqualTo("7 giờ 30 - 8 giờ");
        assertThat(VietnameseDates.dayWithWeekday(LocalDate.of(2024, 8, 8))).isEqualTo("thứ Năm, ngày 8/8/2024");
        assertThat(VietnameseDates.moment(OffsetDateTime.parse("2024-08-08T01:05Z")))
                .isEqualTo("8 giờ 05, ngày 8/8/2024");
        assertThat(VietnameseDates.weekday(DayOfWeek.SATURDAY)).isEqualTo("thứ Bảy");
        assertThat(VietnameseDates.exactStart(OffsetDateTime.parse("2024-08-08T00:30Z")))
                .isEqualTo("7 giờ 30, ngày 08/08/2024 (thứ Năm)");
    }

    @Test
    void writesNothingForWhatIsAbsent() {
        assertThat(VietnameseDates.full(null)).isNull();
        assertThat(VietnameseDates.before(null)).isNull();
        assertThat(VietnameseDates.date((LocalDate) null)).isNull();
        assertThat(VietnameseDates.dayWithWeekday(null)).isNull();
    }

    @Test
    void writesADocumentDateAsNghiDinh30Requires() {
        assertThat(VietnameseDates.placeAndDate("Tiền Giang", LocalDate.of(2024, 7, 18)))
                .isEqualTo("Tiền Giang, ngày 18 tháng 7 năm 2024");
        assertThat(VietnameseDates.documentDate(LocalDate.of(2024, 2, 5))).isEqualTo("ngày 05 tháng 02 năm 2024");
        assertThat(VietnameseDates.documentDate(LocalDate.of(2024, 7, 18))).isEqualTo("ngày 18 tháng 7 năm 2024");
        assertThat(VietnameseDates.documentDate(LocalDate.of(2021, 1, 25))).isEqualTo("ngày 25 tháng 01 năm 2021");
        assertThat(VietnameseDates.documentDate(LocalDate.of(2021, 12, 3))).isEqualTo("ngày 03 tháng 12 năm 2021");
    }
}
