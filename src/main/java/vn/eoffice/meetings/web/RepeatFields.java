package vn.eoffice.meetings.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import net.fortuna.ical4j.model.Recur;

import vn.eoffice.meetings.RecurrenceText;
import vn.eoffice.platform.DomainException;

/**
 * A meeting's recurrence as a clerk chooses it (Không lặp / Hằng ngày / Hằng tuần vào thứ … / Hằng tháng, kết
 * thúc ngày …) and the iCalendar rule it stands for, both ways. A rule the plain fields cannot express is kept as it
 * is ("CUSTOM").
 */
record RepeatFields(String repeat, String rule, List<String> days, LocalDate until) {

    static final List<String> WEEKDAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    /** The rule to store for a meeting starting on {@code date}; null when it does not repeat. */
    String rule(LocalDate date, ZoneId zone) {
        String base = switch (repeat == null ? "" : repeat) {
            case "DAILY" -> "FREQ=DAILY";
            case "WEEKLY" -> "FREQ=WEEKLY;BYDAY=" + String.join(",", weekdays(date));
            case "MONTHLY" -> date == null ? null : "FREQ=MONTHLY;BYMONTHDAY=" + date.getDayOfMonth();
            case "CUSTOM" -> rule == null || rule.isBlank() ? null : rule.trim();
            default -> null;
        };
        if (base == null || until == null || "CUSTOM".equals(repeat)) {
            return base;
        }
        if (date != null && until.isBefore(date)) {
            throw new DomainException("meeting.repeat.until.before");
        }
        return base + ";UNTIL=" + until.atTime(23, 59, 59).atZone(zone).withZoneSameInstant(ZoneOffset.UTC).format(UTC);
    }

    private List<String> weekdays(LocalDate date) {
        var chosen = days == null ? List.<String>of() : days.stream().filter(WEEKDAYS::contains).distinct()
                .sorted(java.util.Comparator.comparingInt(WEEKDAYS::indexOf)).toList();
        if (!chosen.isEmpty() || date == null) {
            return chosen.isEmpty() ? List.of("MO") : chosen;
        }
        return List.of(date.getDayOfWeek().name().substring(0, 2));
    }

    /** The plain fields for a stored rule; "CUSTOM" when they cannot express it. */
    static RepeatFields of(String rule, ZonedDateTime start, ZoneId zone) {
        if (rule == null || rule.isBlank()) {
            return new RepeatFields("", null, List.of(), null);
        }
        Recur<ZonedDateTime> recur;
        try {
            recur = new Recur<>(rule);
        } catch (RuntimeException e) {
            return custom(rule);
        }
        if (recur.getInterval() > 1 || recur.getCount() > 0
                || !recur.getHourList().isEmpty() || !recur.getMinuteList().isEmpty()
                || !recur.getMonthList().isEmpty() || !recur.getSetPosList().isEmpty()) {
            return custom(rule);
        }
        LocalDate until = recur.getUntil() == null ? null : RecurrenceText.day(recur.getUntil(), zone);
        var byDay = recur.getDayList();
        var byMonthDay = recur.getMonthDayList();
        return switch (recur.getFrequency()) {
            case DAILY -> byDay.isEmpty() && byMonthDay.isEmpty() ? new RepeatFields("DAILY", null, List.of(), until)
                    : custom(rule);
            case WEEKLY -> byMonthDay.isEmpty() && byDay.stream().allMatch(d -> d.getOffset() == 0)
                    ? new RepeatFields("WEEKLY", null, byDay.stream().map(d -> d.getDay().name()).toList(), until)
                    : custom(rule);
            case MONTHLY -> byDay.isEmpty() && (byMonthDay.isEmpty()
                    || Set.copyOf(byMonthDay).equals(Set.of(start.getDayOfMonth())))
                    ? new RepeatFields("MONTHLY", null, List.of(), until) : custom(rule);
            default -> custom(rule);
        };
    }

    private static RepeatFields custom(String rule) {
        return new RepeatFields("CUSTOM", rule, List.of(), null);
    }
}
