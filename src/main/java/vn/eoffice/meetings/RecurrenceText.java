package vn.eoffice.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.eoffice.platform.DomainException;

/**
 * A meeting's recurrence rule in words, as a Party office writes it: "Thứ Hai hằng tuần, 08:00", "Ngày 5 hằng
 * tháng, 14:00, đến hết ngày 31/12/2027". A rule it cannot put into words reads as "lặp lại theo lịch riêng", never
 * as RRULE.
 */
@Component("recurrenceText")
public class RecurrenceText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MessageSource messages;
    private final ZoneId zone;

    @org.springframework.beans.factory.annotation.Autowired
    RecurrenceText(MessageSource messages, vn.eoffice.platform.Dates dates) {
        this(messages, dates.zone());
    }

    RecurrenceText(MessageSource messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    /** The rule of a meeting that starts at {@code start}, in the current request's language. */
    public String describe(String rule, Instant start) {
        return describe(rule, start.atZone(zone), LocaleContextHolder.getLocale());
    }

    String describe(String rule, ZonedDateTime start, Locale locale) {
        Recur<ZonedDateTime> recur;
        try {
            recur = Recurrence.parse(rule);
        } catch (DomainException e) {
            return text(locale, "meeting.recur.other");
        }
        int every = Math.max(recur.getInterval(), 1);
        String what = switch (recur.getFrequency()) {
            case DAILY -> every == 1 ? text(locale, "meeting.recur.daily")
                    : text(locale, "meeting.recur.daily.every", every);
            case WEEKLY -> weekly(recur, start, every, locale);
            case MONTHLY -> monthly(recur, start, every, locale);
            case YEARLY -> text(locale, every == 1 ? "meeting.recur.yearly" : "meeting.recur.yearly.every",
                    start.format(DateTimeFormatter.ofPattern("dd/MM")), every);
            default -> null;
        };
        if (what == null) {
            return text(locale, "meeting.recur.other");
        }
        var parts = new ArrayList<String>(List.of(what, start.format(TIME)));
        if (recur.getCount() > 0) {
            parts.add(text(locale, "meeting.recur.count", recur.getCount()));
        }
        if (recur.getUntil() != null) {
            parts.add(text(locale, "meeting.recur.until", day(recur.getUntil(), zone).format(DAY)));
        }
        return String.join(", ", parts);
    }

    private String weekly(Recur<ZonedDateTime> recur, ZonedDateTime start, int every, Locale locale) {
        var days = recur.getDayList().isEmpty() ? List.of(dayName(WeekDay.getWeekDay(start.getDayOfWeek()), locale))
                : recur.getDayList().stream().map(day -> dayName(day, locale)).toList();
        String list = join(days, locale);
        return every == 1 ? text(locale, "meeting.recur.weekly", list)
                : text(locale, "meeting.recur.weekly.every", list, every);
    }

    private String monthly(Recur<ZonedDateTime> recur, ZonedDateTime start, int every, Locale locale) {
        if (!recur.getDayList().isEmpty()) {
            var days = recur.getDayList().stream().map(day -> day.getOffset() == 0 ? dayName(day, locale)
                    : dayName(day, locale) + " " + text(locale, "meeting.recur.nth", nth(day.getOffset(), locale)))
                    .toList();
            return every == 1 ? text(locale, "meeting.recur.monthWeekday", join(days, locale))
                    : text(locale, "meeting.recur.monthWeekday.every", join(days, locale), every);
        }
        var monthDays = recur.getMonthDayList().isEmpty() ? List.of(String.valueOf(start.getDayOfMonth()))
                : recur.getMonthDayList().stream().map(day -> day == -1 ? text(locale, "meeting.recur.lastDay")
                        : String.valueOf(day)).toList();
        return every == 1 ? text(locale, "meeting.recur.monthDay", join(monthDays, locale))
                : text(locale, "meeting.recur.monthDay.every", join(monthDays, locale), every);
    }

    private String nth(int offset, Locale locale) {
        return offset == -1 ? text(locale, "meeting.recur.last") : offset == 1 ? text(locale, "meeting.recur.first")
                : text(locale, "meeting.recur.ordinal", offset);
    }

    /** The day (in {@code zone}) of a rule's UNTIL, whichever form the rule wrote it in. */
    public static LocalDate day(Temporal until, ZoneId zone) {
        if (until instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(zone).toLocalDate();
        }
        if (until instanceof Instant instant) {
            return instant.atZone(zone).toLocalDate();
        }
        if (until instanceof java.time.OffsetDateTime offset) {
            return offset.atZoneSameInstant(zone).toLocalDate();
        }
        return LocalDate.from(until);
    }

    private String dayName(WeekDay day, Locale locale) {
        return text(locale, "meeting.recur.day." + day.getDay().name());
    }

    private String join(List<String> items, Locale locale) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + text(locale, "meeting.recur.and") + " "
                + items.get(items.size() - 1);
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
