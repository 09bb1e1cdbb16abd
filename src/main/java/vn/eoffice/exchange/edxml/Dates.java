package vn.eoffice.exchange.edxml;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
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
    /** The day-first form one SDK writes in TraceHeader/Timestamp. */
    private static final DateTimeFormatter DAY_FIRST_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);

    private Dates() {
    }

    static String format(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    static String format(Instant instant) {
        return instant == null ? null : TIME.format(instant.atZone(VIETNAM));
    }

    static String format(LocalDate date, LocalTime time) {
        return date == null ? null : time == null ? format(date) : TIME.format(date.atTime(time));
    }

    /** A date that may carry a time ({@code yyyy/MM/dd HH:mm:ss}), as DueDate does for "hỏa tốc hẹn giờ". */
    static LocalDateTime dateWithTime(String text, String field) {
        if (text == null) {
            return null;
        }
        if (text.length() <= 10) {
            return date(text, field).atStartOfDay();
        }
        try {
            return LocalDateTime.parse(text, TIME);
        } catch (DateTimeParseException e) {
            throw new PackageRejected("Thời điểm không hợp lệ ở " + field + ": " + abbreviate(text));
        }
    }

    /** A trace timestamp: the standard's {@code yyyy/MM/dd HH:mm:ss}, or the day-first form of one SDK. */
    static Instant traceTime(String text, String field) {
        if (text != null && text.length() > 2 && text.charAt(2) == '/') {
            try {
                return LocalDateTime.parse(text, DAY_FIRST_TIME).atZone(VIETNAM).toInstant();
            } catch (DateTimeParseException e) {
                throw new PackageRejected("Thời điểm không hợp lệ ở " + field + ": " + abbreviate(text));
            }
        }
        return time(text, field);
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
