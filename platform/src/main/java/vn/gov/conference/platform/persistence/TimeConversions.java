package vn.gov.conference.platform.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import vn.gov.conference.platform.time.VietnamTime;

/**
 * How every service stores time. Instants with an offset become BSON dates (they sort and compare in queries) and
 * are read back in Asia/Ho_Chi_Minh, the domain's one zone (Spring Data has no OffsetDateTime mapping of its own).
 * Calendar dates become ISO strings, so that "2024-07-25" stays that day whatever zone a server runs in.
 */
public final class TimeConversions {

    private TimeConversions() {}

    public static List<Converter<?, ?>> converters() {
        return List.of(
                new OffsetDateTimeToDate(),
                new DateToOffsetDateTime(),
                new LocalDateToString(),
                new StringToLocalDate());
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
            return VietnamTime.at(source.toInstant());
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
