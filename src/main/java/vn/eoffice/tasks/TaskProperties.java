package vn.eoffice.tasks;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reminder settings: how many days before a deadline to remind the lead, and when the daily job runs (office time).
 */
@ConfigurationProperties("eoffice.tasks")
public record TaskProperties(@DefaultValue({ "3", "1" }) List<Integer> reminderDaysBefore,
        @DefaultValue("0 0 7 * * *") String reminderCron) {
}
