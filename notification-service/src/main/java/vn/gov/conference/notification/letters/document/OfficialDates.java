package vn.gov.conference.notification.letters.document;

import java.time.LocalDate;

/** The place and date line of an official document. */
public final class OfficialDates {

    private OfficialDates() {}

    /**
     * "Đồng Tháp, ngày 02 tháng 7 năm 2021": Nghị định 30 pads days below 10 and the months January and February
     * with a zero, so that nothing can be written in front of them later.
     */
    public static String placeAndDate(String place, LocalDate date) {
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
        String month = date.getMonthValue() <= 2 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
        return place + ", ngày " + day + " tháng " + month + " năm " + date.getYear();
    }
}
