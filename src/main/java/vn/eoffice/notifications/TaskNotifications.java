package vn.eoffice.notifications;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.tasks.TaskAssigned;
import vn.eoffice.tasks.TaskDigest;
import vn.eoffice.tasks.TaskDigestSender;
import vn.eoffice.tasks.TaskManagement;
import vn.eoffice.tasks.TaskReminder;
import vn.eoffice.tasks.TaskReminderSender;

/**
 * Delivers the tasks module's reminders and daily digests, and tells the lead of a new task: the person, or the
 * heads of the lead unit.
 */
@Component
class TaskNotifications implements TaskReminderSender, TaskDigestSender {

    private final Notifier notifier;
    private final TaskManagement tasks;
    private final UserManagement users;

    TaskNotifications(Notifier notifier, TaskManagement tasks, UserManagement users) {
        this.notifier = notifier;
        this.tasks = tasks;
        this.users = users;
    }

    @Override
    public void send(TaskReminder reminder) {
        notifier.notify(reminder.recipientId(), Category.TASK, reminder.secrecy(), reminder.titleKey(),
                new Object[] { reminder.title(), reminder.days() }, reminder.link());
    }

    @Override
    public void send(TaskDigest digest) {
        if (digest.overdue().isEmpty() && digest.dueSoon().isEmpty()) {
            return;
        }
        notifier.notify(digest.recipientId(), Category.TASK, "notifications.task.digest",
                new Object[] { digest.overdue().size(), digest.dueSoon().size() }, "/tasks");
    }

    @ApplicationModuleListener
    void on(TaskAssigned event) {
        var task = tasks.summary(event.taskId());
        Object[] args = { task.title(), task.deadline() };
        String link = "/tasks/" + task.id();
        if (event.lead().userId() != null) {
            notifier.notifyStep(event.lead().userId(), TaskManagement.leadStep(task.id()), Category.TASK,
                    task.secrecy(), "notifications.task.assigned", args, link);
            return;
        }
        users.membersOf(event.lead().unitId()).stream()
                .filter(member -> member.roles().contains(Role.UNIT_HEAD))
                .forEach(head -> notifier.notifyStep(head.id(), TaskManagement.leadStep(task.id()), Category.TASK,
                        task.secrecy(), "notifications.task.assignedToUnit", args, link));
    }
}
