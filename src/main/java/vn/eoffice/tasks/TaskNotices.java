package vn.eoffice.tasks;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.platform.Dates;
import vn.eoffice.platform.StepDone;
import vn.eoffice.platform.StepWaiting;

/**
 * Tells the person a task step now waits for (the assigner: a completion to accept, an extension to decide; the
 * lead: a returned task) and clears the step once done, through the platform's step events.
 */
@Component
class TaskNotices {

    private final ApplicationEventPublisher events;
    private final UserManagement users;
    private final Tasks tasks;
    private final Dates dates;

    TaskNotices(ApplicationEventPublisher events, UserManagement users, Tasks tasks, Dates dates) {
        this.events = events;
        this.users = users;
        this.tasks = tasks;
        this.dates = dates;
    }

    static String step(Long taskId, String what) {
        return "task:" + taskId + ":" + what;
    }

    void completed(Task task) {
        done(TaskManagement.leadStep(task.getId()));
        done(step(task.getId(), "returned"));
        waiting(task, task.getAssignerId(), step(task.getId(), "accept"), "queue.notice.accept",
                List.of(task.getTitle()));
    }

    void accepted(Task task) {
        done(step(task.getId(), "accept"));
        var parent = task.getParentId() == null ? null : tasks.findById(task.getParentId()).orElse(null);
        if (parent == null || parent.getLeadUnitId() == null || !parent.getStatus().isOpen()
                || !tasks.findByParentIdOrderById(parent.getId()).stream().allMatch(TaskNotices::settled)) {
            return;
        }
        // every part handed down is accepted: the unit now owes its report, which its head makes
        users.membersOf(parent.getLeadUnitId()).stream().filter(member -> member.roles().contains(Role.UNIT_HEAD))
                .forEach(head -> waiting(parent, head.id(), TaskManagement.leadStep(parent.getId()),
                        "queue.notice.unitReport", List.of(parent.getTitle())));
    }

    private static boolean settled(Task part) {
        return part.getStatus() == TaskStatus.ACCEPTED || part.getStatus() == TaskStatus.CANCELLED;
    }

    void returned(Task task, String reason) {
        done(step(task.getId(), "accept"));
        var args = List.of(task.getTitle(), reason);
        if (task.getLeadUserId() != null) {
            waiting(task, task.getLeadUserId(), step(task.getId(), "returned"), "queue.notice.taskReturned", args);
            return;
        }
        users.membersOf(task.getLeadUnitId()).stream().filter(member -> member.roles().contains(Role.UNIT_HEAD))
                .forEach(head -> waiting(task, head.id(), step(task.getId(), "returned"),
                        "queue.notice.taskReturned", args));
    }

    void handedDown(Task parent) {
        if (parent.getLeadUnitId() != null) {
            done(TaskManagement.leadStep(parent.getId()));
        }
    }

    void extensionRequested(Task task, Long extensionId, LocalDate requested) {
        waiting(task, task.getAssignerId(), "task-extension:" + extensionId, "queue.notice.extension",
                List.of(task.getTitle(), dates.date(requested)));
    }

    void extensionDecided(Long extensionId) {
        done("task-extension:" + extensionId);
    }

    private void waiting(Task task, Long recipientId, String step, String titleKey, List<String> args) {
        events.publishEvent(new StepWaiting(recipientId, step, "TASK", task.getSecrecy(), titleKey, args,
                "/tasks/" + task.getId()));
    }

    private void done(String step) {
        events.publishEvent(new StepDone(step));
    }
}
