package vn.gov.conference.platform.events;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * Drops the one Kafka client warning an idle service printed several times a minute, "Not updating high watermark
 * (or last stable offset) for partition … as it is no longer assigned": an offsets answer for a partition the asking
 * consumer does not hold, nothing anyone can act on. Only that message of that logger, at WARN: the logger's other
 * warnings (failed offset fetches, unknown partitions) and every other Kafka warning still show.
 */
public final class IdleConsumerNoise extends TurboFilter {

    static final String LOGGER = "org.apache.kafka.clients.consumer.internals.OffsetFetcherUtils";
    private static final String NAME = IdleConsumerNoise.class.getName();

    /** Adds the filter to Logback once (a context may be started again in the same JVM, as in tests). */
    public static void install() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && context.getTurboFilterList().stream().noneMatch(filter -> NAME.equals(filter.getName()))) {
            IdleConsumerNoise filter = new IdleConsumerNoise();
            filter.setName(NAME);
            filter.setContext(context);
            filter.start();
            context.addTurboFilter(filter);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        // Kafka's LogContext puts "[Consumer clientId=…, groupId=…] " before the message.
        if (level == Level.WARN
                && format != null
                && LOGGER.equals(logger.getName())
                && format.contains("as it is no longer assigned")
                && (format.contains("Not updating high watermark") || format.contains("Not updating last stable"))) {
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }
}
