package vn.gov.conference.agenda;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param bookingWithoutTimes how long a scheduled conference holds its room while its agenda has no clock times:
 *                            a half-day session
 */
@ConfigurationProperties("conference.agenda")
public record AgendaProperties(@DefaultValue("4h") Duration bookingWithoutTimes) {}
