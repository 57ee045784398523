package vn.gov.conference.plan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlannedTimeTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "dự kiến quý 3 năm 2024 | 2024-07-01 | 2024-09-30",
                "Dự kiến Quý III năm 2024 | 2024-07-01 | 2024-09-30",
                "quý 1/2025 | 2025-01-01 | 2025-03-31",
                "du kien quy 4 nam 2024 | 2024-10-01 | 2024-12-31",
                "dự kiến tháng 8 năm 2024 | 2024-08-01 | 2024-08-31",
                "tháng 2/2024 | 2024-02-01 | 2024-02-29"
            })
    void readsATentativeWindowFromThePlansWording(String label, LocalDate from, LocalDate to) {
        PlannedTime time = PlannedTime.parseTentative(label, null).orElseThrow();

        assertThat(time.exact()).isFalse();
        assertThat(time.windowStart()).isEqualTo(from);
        assertThat(time.windowEnd()).isEqualTo(to);
        assertThat(time.label()).as("the plan's own wording is kept").isEqualTo(label.strip());
    }

    @ParameterizedTest
    @CsvSource({"sớm nhất có thể", "quý 5 năm 2024", "tháng 13 năm 2024", "năm 2024"})
    void findsNoWindowInOtherWording(String label) {
        assertThat(PlannedTime.parseTentative(label, null)).isEmpty();
    }

    @Test
    void namesAQuarterTheWayPlansDo() {
        PlannedTime time = PlannedTime.quarter(3, 2024, null, "Thời điểm cụ thể do Ủy ban nhân dân tỉnh quyết định");

        assertThat(time.label()).isEqualTo("dự kiến quý 3 năm 2024");
        assertThat(time.note()).isEqualTo("Thời điểm cụ thể do Ủy ban nhân dân tỉnh quyết định");
        assertThat(time.latestStart()).isEqualTo(OffsetDateTime.parse("2024-10-01T00:00:00+07:00"));
    }

    @Test
    void rendersAnExactStartInVietnamese() {
        assertThat(PlannedTime.render(OffsetDateTime.parse("2021-07-07T08:00:00+07:00")))
                .isEqualTo("8 giờ, ngày 07/07/2021 (thứ Tư)");
        assertThat(PlannedTime.render(OffsetDateTime.parse("2024-08-18T01:05:00Z")))
                .isEqualTo("8 giờ 05, ngày 18/08/2024 (Chủ nhật)");
    }

    @Test
    void keepsExactStartsInVietnamTimeToTheMinute() {
        PlannedTime time = PlannedTime.exact(OffsetDateTime.parse("2021-07-07T01:00:42Z"), null, null);

        assertThat(time.start()).hasToString("2021-07-07T08:00+07:00");
        assertThat(time.firstDay()).isEqualTo(LocalDate.of(2021, 7, 7));
        assertThat(time.admits(OffsetDateTime.parse("2021-07-07T16:59:00Z"))).isTrue();
        assertThat(time.admits(OffsetDateTime.parse("2021-07-07T17:00:00Z")))
                .as("already the 8th in Vietnam")
                .isFalse();
    }

    @Test
    void admitsOnlyStartsWithinTheWindowInVietnamTime() {
        PlannedTime q3 = PlannedTime.quarter(3, 2024, null, null);

        assertThat(q3.admits(OffsetDateTime.parse("2024-07-01T00:00:00+07:00"))).isTrue();
        assertThat(q3.admits(OffsetDateTime.parse("2024-09-30T23:59:00+07:00"))).isTrue();
        assertThat(q3.admits(OffsetDateTime.parse("2024-06-30T17:30:00Z")))
                .as("07-01 00:30 in Vietnam")
                .isTrue();
        assertThat(q3.admits(OffsetDateTime.parse("2024-06-30T23:59:00+07:00"))).isFalse();
        assertThat(q3.admits(OffsetDateTime.parse("2024-10-01T00:00:00+07:00"))).isFalse();
    }

    @Test
    void refusesATimeThatIsBothOrNeither() {
        assertThatThrownBy(() -> new PlannedTime(OffsetDateTime.now(), LocalDate.now(), LocalDate.now(), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlannedTime(null, null, null, "quý 3", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlannedTime.window(LocalDate.of(2024, 9, 30), LocalDate.of(2024, 7, 1), null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
