package vn.eoffice.tasks;

import java.time.LocalDate;

import vn.eoffice.platform.Secrecy;

/**
 * One reminder to one person about one task; {@code days} is days left (DUE_SOON) or days overdue.
 */
public record TaskReminder(Long taskId, Long recipientId, ReminderKind kind, String title, LocalDate deadline,
        int days, String link, Secrecy secrecy) {

    public String titleKey() {
        return "task.reminder." + kind.name();
    }
}
