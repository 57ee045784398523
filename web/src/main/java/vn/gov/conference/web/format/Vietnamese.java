package vn.gov.conference.web.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;

/**
 * Dates, clock times and sizes as the pages write them, in Asia/Ho_Chi_Minh time and the style of the letters:
 * "13 giờ 30, thứ Tư, ngày 15/4/2026", "trước ngày 25/7/2024", "1,5 MB". Templates reach it as {@code @vn}.
 */
@Component("vn")
public class Vietnamese {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** "8 giờ 05"; a whole hour is "8 giờ". */
    public String clock(OffsetDateTime time) {
        if (time == null) {
            return null;
        }
        ZonedDateTime local = time.atZoneSameInstant(ZONE);
        return local.getMinute() == 0 ? local.getHour() + " giờ"
                : local.getHour() + " giờ " + String.format("%02d", local.getMinute());
    }

    /** "25/7/2024": no leading zeros in running text. */
    public String date(LocalDate day) {
        return day == null ? null : day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear();
    }

    public String date(OffsetDateTime time) {
        return time == null ? null : date(time.atZoneSameInstant(ZONE).toLocalDate());
    }

    /** "thứ Tư", "Chủ nhật". */
    public String weekday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case MONDAY -> "thứ Hai";
            case TUESDAY -> "thứ Ba";
            case WEDNESDAY -> "thứ Tư";
            case THURSDAY -> "thứ Năm";
            case FRIDAY -> "thứ Sáu";
            case SATURDAY -> "thứ Bảy";
            case SUNDAY -> "Chủ nhật";
        };
    }

    /** "13 giờ 30, thứ Tư, ngày 15/4/2026". */
    public String full(OffsetDateTime time) {
        if (time == null) {
            return null;
        }
        LocalDate day = time.atZoneSameInstant(ZONE).toLocalDate();
        return clock(time) + ", " + weekday(day) + ", ngày " + date(day);
    }

    /** "thứ Năm, ngày 8/8/2024". */
    public String day(LocalDate day) {
        return day == null ? null : weekday(day) + ", ngày " + date(day);
    }

    /** "trước ngày 25/7/2024" for a midnight deadline (the day before is the last), else "trước 17 giờ, ngày 5/7/2021". */
    public String before(OffsetDateTime deadline) {
        if (deadline == null) {
            return null;
        }
        ZonedDateTime local = deadline.atZoneSameInstant(ZONE);
        return local.toLocalTime().equals(LocalTime.MIDNIGHT) ? "trước ngày " + date(local.toLocalDate())
                : "trước " + clock(deadline) + ", ngày " + date(local.toLocalDate());
    }

    /** "8 giờ 05, ngày 8/8/2024": when something was recorded. */
    public String moment(OffsetDateTime time) {
        return time == null ? null : clock(time) + ", ngày " + date(time);
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
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(value < 10 ? 1 : 0, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return rounded.toPlainString().replace('.', ',');
    }
}
