package vn.gov.conference.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

import vn.gov.conference.platform.time.ConferenceTime;

/**
 * How plan-service stores time: instants as BSON dates read back in Asia/Ho_Chi_Minh (Spring Data has no
 * OffsetDateTime mapping of its own), and calendar dates as ISO strings, so that "2024-07-25" stays that day
 * whatever time zone a server runs in, and sorts and compares as text.
 */
@Configuration(proxyBeanMethods = false)
class PlanServiceConfiguration {

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return new MongoCustomConversions(List.of(new OffsetDateTimeToDate(), new DateToOffsetDateTime(),
                new LocalDateToString(), new StringToLocalDate()));
    }

    @WritingConverter
    static final class OffsetDateTimeToDate implements Converter<OffsetDateTime, Date> {
        @Override
        public Date convert(OffsetDateTime source) {
            return Date.from(source.toInstant());
        }
    }

    @ReadingConverter
    static final class DateToOffsetDateTime implements Converter<Date, OffsetDateTime> {
        @Override
        public OffsetDateTime convert(Date source) {
            return ConferenceTime.at(source.toInstant());
        }
    }

    @WritingConverter
    static final class LocalDateToString implements Converter<LocalDate, String> {
        @Override
        public String convert(LocalDate source) {
            return source.toString();
        }
    }

    @ReadingConverter
    static final class StringToLocalDate implements Converter<String, LocalDate> {
        @Override
        public LocalDate convert(String source) {
            return LocalDate.parse(source);
        }
    }
}
