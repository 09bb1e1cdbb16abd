package vn.eoffice.tasks;

/**
 * Port through which reminders leave the module (to the notifications module when it is wired in). Called at most
 * once per task, recipient, kind and day, even with several nodes running the reminder job.
 */
public interface TaskReminderSender {

    void send(TaskReminder reminder);
}
