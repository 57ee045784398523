package vn.gov.conference.web.console.agenda;

import java.time.DateTimeException;
import java.time.LocalTime;
import org.springframework.stereotype.Component;
import vn.gov.conference.platform.time.VietnameseDates;

/**
 * The printout writes the API's clock times ("07:30", "08:00") as administrative documents do: "7 giờ 30 - 8 giờ".
 * Only the writing: the times themselves are agenda-service's. Templates reach it as {@code @printedClock}.
 */
@Component("printedClock")
public class PrintedClock {

    /** "07:30" → "7 giờ 30"; "08:00" → "8 giờ". */
    public String time(String clock) {
        if (clock == null || !clock.matches("\\d{1,2}:\\d{2}")) {
            return clock;
        }
        String[] parts = clock.split(":");
        try {
            return VietnameseDates.clock(LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
        } catch (DateTimeException ex) {
            return clock;
        }
    }

    public String range(String from, String to) {
        return time(from) + " - " + time(to);
    }
}
