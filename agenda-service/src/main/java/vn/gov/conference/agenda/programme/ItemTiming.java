package vn.gov.conference.agenda.programme;

import java.time.Duration;
import java.time.LocalTime;

/**
 * How an item says when it happens: a clock range as seed 276/KH-UBND writes it ("8 giờ 05 - 8 giờ 30"),
 * a duration as the Đồng Tháp agenda writes it ("15 phút"), or nothing yet ("Gợi ý thảo luận").
 */
public sealed interface ItemTiming {

    /** An item that has no time yet. */
    Unset NONE = new Unset();

    /** Longest single item accepted: a whole working day. */
    Duration LONGEST = Duration.ofHours(12);

    record Fixed(LocalTime from, LocalTime to) implements ItemTiming {
        public Fixed {
            if (from == null || to == null) {
                throw new AgendaRuleViolation(from == null ? "from" : "to", "a clock range needs both ends");
            }
            from = from.withSecond(0).withNano(0);
            to = to.withSecond(0).withNano(0);
            if (!to.isAfter(from)) {
                throw new AgendaRuleViolation("to", "must be after " + from);
            }
        }

        public Duration length() {
            return Duration.between(from, to);
        }
    }

    record Lasting(Duration duration) implements ItemTiming {
        public Lasting {
            if (duration == null || duration.toMinutes() < 1) {
                throw new AgendaRuleViolation("minutes", "must be at least 1");
            }
            if (duration.compareTo(LONGEST) > 0) {
                throw new AgendaRuleViolation("minutes", "must be at most " + LONGEST.toMinutes());
            }
            duration = Duration.ofMinutes(duration.toMinutes());
        }

        public static Lasting minutes(long minutes) {
            return new Lasting(Duration.ofMinutes(minutes));
        }
    }

    record Unset() implements ItemTiming {}
}
