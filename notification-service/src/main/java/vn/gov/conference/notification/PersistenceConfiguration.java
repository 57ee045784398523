package vn.gov.conference.notification;

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
 * Times with an offset are stored as BSON dates (so they sort and compare in queries) and read back in
 * Asia/Ho_Chi_Minh, the domain's one zone.
 */
@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return new MongoCustomConversions(List.of(new OffsetDateTimeToDate(), new DateToOffsetDateTime()));
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
}
