package vn.gov.conference.web.console;

import java.time.LocalDate;
import java.util.List;

/**
 * The agenda's timeline as agenda-service computes it ({@code GET /api/plans/{id}/agenda/timeline}): clock times once
 * the session start is known, durations always, and the timing warnings (overlaps, gaps, overrun) in its words.
 */
public record Timeline(
        String planId,
        int revision,
        LocalDate date,
        boolean anchored,
        String sessionStart,
        String sessionEnd,
        long totalMinutes,
        long idleMinutes,
        List<Slot> items,
        List<Warning> warnings) {

    public record Slot(String id, String number, String kind, String content, long minutes, String from, String to) {}

    public record Warning(
            String code, String itemId, String otherItemId, int minutes, boolean blocksPublication, String message) {}
}
