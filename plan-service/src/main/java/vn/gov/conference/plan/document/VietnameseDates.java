package vn.gov.conference.plan.document;

import java.time.LocalDate;
import java.time.LocalTime;

/** Dates and clock times as Vietnamese administrative documents write them. */
public final class VietnameseDates {

    private VietnameseDates() {
    }

    /**
     * "Tiền Giang, ngày 18 tháng 7 năm 2024": Nghị định 30 pads days below 10 and the months January and February
     * with a zero ("ngày 07 tháng 02"), so that nothing can be written in front of them later.
     */
    public static String placeAndDate(String place, LocalDate date) {
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
        String month = date.getMonthValue() <= 2 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
        return place + ", ngày " + day + " tháng " + month + " năm " + date.getYear();
    }

    /** A draft has no date yet: the blanks the văn thư fills in by hand. */
    public static String placeAndBlankDate(String place, int year) {
        return place + ", ngày      tháng      năm " + year;
    }

    /** "18/7/2024" */
    public static String shortDate(LocalDate date) {
        return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }

    /** "8 giờ", "8 giờ 05" */
    public static String time(LocalTime time) {
        return time.getMinute() == 0 ? time.getHour() + " giờ"
                : time.getHour() + " giờ " + String.format("%02d", time.getMinute());
    }

    /** "7 giờ 30 - 8 giờ" */
    public static String range(LocalTime from, LocalTime to) {
        return time(from) + " - " + time(to);
    }
}
