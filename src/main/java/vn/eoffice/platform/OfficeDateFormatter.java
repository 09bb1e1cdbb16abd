package vn.eoffice.platform;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.format.Formatter;

/**
 * Dates in forms and request parameters whatever the browser's language: shown as dd/MM/yyyy, read as d/M/yyyy
 * (also with '-' or '.') or as ISO yyyy-MM-dd (API clients, links). A wrong date (31/02/2027) is refused, never moved.
 */
public final class OfficeDateFormatter implements Formatter<LocalDate> {

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Override
    public LocalDate parse(String text, Locale locale) throws ParseException {
        String value = text.strip();
        try {
            if (ISO.matcher(value).matches()) {
                return LocalDate.parse(value);
            }
            return LocalDate.parse(value.replace('-', '/').replace('.', '/'), DAY_FIRST);
        } catch (DateTimeParseException e) {
            throw new ParseException("not a date: " + value, e.getErrorIndex());
        }
    }

    @Override
    public String print(LocalDate date, Locale locale) {
        return Dates.DATE.format(date);
    }
}
