package vn.gov.conference.notification.conference;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseDatesTests {

    @Test
    void writesClockTimesAsThePlansDo() {
        assertThat(VietnameseDates.clock(OffsetDateTime.parse("2024-08-15T08:05+07:00"))).isEqualTo("8 giờ 05");
        assertThat(VietnameseDates.clock(OffsetDateTime.parse("2024-08-15T08:00+07:00"))).isEqualTo("8 giờ");
        assertThat(VietnameseDates.range(OffsetDateTime.parse("2024-08-15T07:30+07:00"),
                OffsetDateTime.parse("2024-08-15T08:00+07:00"))).isEqualTo("7 giờ 30 - 8 giờ");
    }

    @Test
    void writesTheFullDateWithTheWeekdayInHoChiMinhTime() {
        assertThat(VietnameseDates.full(OffsetDateTime.parse("2021-07-07T08:00+07:00")))
                .isEqualTo("8 giờ, thứ Tư, ngày 07/07/2021");
        assertThat(VietnameseDates.full(OffsetDateTime.parse("2021-07-07T01:00Z")))
                .isEqualTo("8 giờ, thứ Tư, ngày 07/07/2021");
        assertThat(VietnameseDates.weekday(OffsetDateTime.parse("2021-07-11T08:00+07:00"))).isEqualTo("Chủ nhật");
    }
}
