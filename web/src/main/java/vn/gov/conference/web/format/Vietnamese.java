package vn.gov.conference.web.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;
import vn.gov.conference.platform.time.VietnameseDates;

/**
 * Dates, clock times and sizes as the pages write them, for the templates ({@code @vn}): the dates as the letters write
 * them ({@link VietnameseDates}: "13 giờ 30, thứ Tư, ngày 15/4/2026", "trước ngày 25/7/2024"), sizes as "1,5 MB".
 * Only the templates' names for {@link VietnameseDates}: Java code calls it directly.
 */
@Component("vn")
public class Vietnamese {

    /** "8 giờ 05"; a whole hour is "8 giờ". */
    public String clock(OffsetDateTime time) {
        return VietnameseDates.clock(time);
    }

    /** "25/7/2024": no leading zeros in running text. */
    public String date(LocalDate day) {
        return VietnameseDates.date(day);
    }

    public String date(OffsetDateTime time) {
        return VietnameseDates.date(time);
    }

    /** "13 giờ 30, thứ Tư, ngày 15/4/2026". */
    public String full(OffsetDateTime time) {
        return VietnameseDates.full(time);
    }

    /** "thứ Năm, ngày 8/8/2024". */
    public String day(LocalDate day) {
        return VietnameseDates.dayWithWeekday(day);
    }

    /** "trước ngày 25/7/2024" for a midnight deadline (the day before is the last), else "trước 17 giờ, ngày 5/7/2021". */
    public String before(OffsetDateTime deadline) {
        return VietnameseDates.before(deadline);
    }

    /** "8 giờ 05, ngày 8/8/2024": when something was recorded. */
    public String moment(OffsetDateTime time) {
        return VietnameseDates.moment(time);
    }

    /** "850 KB", "1,5 MB": a decimal comma, one decimal below 10. */
    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " byte";
        }
        double kb = bytes / 1024.0;
        if (kb < 1024) {
            return decimal(kb) + " KB";
        }
        return decimal(kb / 1024.0) + " MB";
    }

    private static String decimal(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value)
                .setScale(value < 10 ? 1 : 0, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return rounded.toPlainString().replace('.', ',');
    }
}
