package vn.eoffice.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Whether work was finished by its deadline. The deadline is a calendar date in the office's time zone, so anything
 * finished on that day (local time) is on time. Lateness counts calendar days, weekends and holidays included: a
 * Friday deadline finished on Monday is three days late. That is how the commission's evaluation rules count overdue
 * work, and it keeps the figure independent of a holiday calendar the system does not hold.
 */
public record Timeliness(boolean onTime, int daysLate) {

    public static Timeliness of(LocalDate deadline, Instant completedAt, ZoneId zone) {
        LocalDate finished = completedAt.atZone(zone).toLocalDate();
        long late = ChronoUnit.DAYS.between(deadline, finished);
        return late <= 0 ? new Timeliness(true, 0) : new Timeliness(false, Math.toIntExact(late));
    }
}
