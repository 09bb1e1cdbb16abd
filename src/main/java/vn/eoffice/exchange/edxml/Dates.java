package vn.eoffice.exchange.edxml;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** edXML dates: {@code yyyy/MM/dd} and {@code yyyy/MM/dd HH:mm:ss} in Vietnam's time, parsed strictly. */
final class Dates {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);

    private Dates() {
    }

    static String format(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    static String format(Instant instant) {
        return instant == null ? null : TIME.format(instant.atZone(VIETNAM));
    }

    static LocalDate date(String text, String field) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            throw new PackageRejected("Ngày không hợp lệ ở " + field + ": " + abbreviate(text));
        }
    }

    static Instant time(String text, String field) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text, TIME).atZone(VIETNAM).toInstant();
        } catch (DateTimeParseException e) {
            throw new PackageRejected("Thời điểm không hợp lệ ở " + field + ": " + abbreviate(text));
        }
    }

    static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
