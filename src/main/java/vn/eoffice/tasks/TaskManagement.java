package vn.eoffice.tasks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.EOfficeProperties;
import vn.eoffice.platform.NotFoundException;
import vn.eoffice.platform.SearchableChanged;

/**
 * The one model of "who must do what by when": assignment, breakdown down the hierarchy, progress, completion and
 * acceptance. Every change joins the caller's transaction, is audited and publishes a past-tense event.
 */
@Service
@Transactional
public class TaskManagement {

    private final Tasks tasks;
    private final Timeline timeline;
    private final Participation participation;
    private final Parties parties;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EOfficeProperties properties;
    private final TaskNotices notices;

    TaskManagement(Tasks tasks, Timeline timeline, Participation participation, Parties parties, AuditLog audit,
            ApplicationEventPublisher events, Clock clock, EOfficeProperties properties, TaskNotices notices) {
        this.notices = notices;
        this.tasks = tasks;
        this.timeline = timeline;
        this.participation = participation;
        this.parties = parties;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * The name of the lead's step on a task (do it, or for a unit hand it down): its notification is cleared when
     * the task is reported done or handed down.
     */
    public static String leadStep(Long taskId) {
        return "task:" + taskId + ":lead";
    }

    /** Gives a task; the caller has already decided that the assigner may do so (e.g. a leader's directive). */
    public TaskSummary assign(Assignment assignment) {
        return create(assignment, null, null);
    }

    /** A leader or unit head gives an ad-hoc task from the task screens. */
    public TaskSummary assignAdHoc(CurrentUser by, Assignment assignment) {
        return assignAdHoc(by, assignment, null);
    }

    /** As {@link #assignAdHoc(CurrentUser, Assignment)}, repeating every month on {@code repeatDay} if not null. */
    public TaskSummary assignAdHoc(CurrentUser by, Assignment assignment, Integer repeatDay) {
        if (!by.hasRole(Role.LEADER) && !by.hasRole(Role.UNIT_HEAD)) {
            throw new org.springframework.security.access.AccessDeniedException("denied");
        }
        return create(new Assignment(by.agencyId(), assignment.title(), assignment.content(), SourceRef.adHoc(),
                by.id(), assignment.lead(), assignment.coProcessors(), assignment.informedUserIds(),
                assignment.startDate(), assignment.deadline(), assignment.priority(), assignment.secrecy()), null,
                repeatDay);
    }

    /** Breaks a task down: only its lead may, and the sub-task must end no later than the parent. */
    public TaskSummary assignBelow(Long parentTaskId, CurrentUser by, Assignment assignment) {
        var parent = participation.visible(parentTaskId, by);
        participation.require(participation.leads(by, parent), "BREAKDOWN", parent);
        parent.requireOpen();
        if (assignment.deadline() != null) {
            parent.checkChildDeadline(assignment.deadline());
        }
        var child = new Assignment(parent.getAgencyId(), assignment.title(), assignment.content(), parent.source(),
                by.id(), assignment.lead(), assignment.coProcessors(), assignment.informedUserIds(),
                assignment.startDate(), assignment.deadline(), assignment.priority(),
                assignment.secrecy().compareTo(parent.getSecrecy()) < 0 ? parent.getSecrecy() : assignment.secrecy());
        var summary = create(child, parent, null);
        note(parent.getId(), by.id(), "SUBTASK_ASSIGNED", null, assignment.title());
        notices.handedDown(parent);
        return summary;
    }

    /** Creates the next month's occurrence of a repeating task, once. */
    TaskSummary repeat(Task previous) {
        var next = create(previous.nextOccurrence(), null, previous.getRepeatDay());
        previous.followedBy(next.id());
        note(previous.getId(), null, "REPEATED", null, null);
        return next;
    }

    private TaskSummary create(Assignment a, Task parent, Integer repeatDay) {
        if (a.title() == null || a.title().isBlank() || a.deadline() == null || a.lead() == null
                || a.agencyId() == null || a.assignerId() == null) {
            throw new DomainException("task.assignment.incomplete");
        }
        Long ownerUnit = parties.ownerUnit(a.agencyId(), a.lead());
        a.coProcessors().forEach(p -> parties.ownerUnit(a.agencyId(), p));
        var now = Instant.now(clock);
        LocalDate start = a.startDate() != null ? a.startDate() : today();
        var task = new Task(a, parent == null ? null : parent.getId(), ownerUnit, start, now);
        task.repeatMonthly(repeatDay);
        task = tasks.save(task);
        note(task.getId(), a.assignerId(), "ASSIGNED", null, null);
        audit.record("TASK_ASSIGNED", "TASK", task.getId(), a.title() + " -> " + a.lead() + " by " + a.deadline(),
                task.getSecrecy());
        events.publishEvent(new TaskAssigned(task.getId(), task.getParentId(), a.source(), a.lead(),
                a.coProcessors(), a.informedUserIds(), a.deadline(), a.assignerId()));
        events.publishEvent(new SearchableChanged(TaskSearchables.KIND, task.getId()));
        return task.summary();
    }

    /** The lead or a co-processor tells how far the work is. */
    public void reportProgress(Long taskId, CurrentUser by, int percent, String note) {
        reportProgress(taskId, by, percent, note, List.of());
    }

    /**
     * As {@link #reportProgress(Long, CurrentUser, int, String)}, with files already accepted by the files module;
     * they show on the timeline and are downloadable by whoever may see the task.
     */
    public void reportProgress(Long taskId, CurrentUser by, int percent, String note, List<TaskFile> files) {
        var task = participation.visible(taskId, by);
        participation.require(participation.leads(by, task) || participation.coProcesses(by, task), "PROGRESS",
                task);
        if (files.size() > TaskFile.MAX_PER_UPDATE) {
            throw new DomainException("task.files.tooMany", TaskFile.MAX_PER_UPDATE);
        }
        task.reportProgress(percent);
        var entry = new TimelineEntry(taskId, Instant.now(clock), by.id(), "PROGRESS", percent, note);
        entry.attach(files);
        timeline.save(entry);
        audit.record("TASK_PROGRESS", "TASK", taskId, percent + "%" + (files.isEmpty() ? ""
                : ", files " + files.stream().map(f -> String.valueOf(f.fileId())).toList()), task.getSecrecy());
        events.publishEvent(new TaskProgressReported(taskId, task.source(), percent));
        events.publishEvent(new SearchableChanged(TaskSearchables.KIND, taskId));
    }

    /** The lead reports the work done (completion report); the assigner accepts or returns it. */
    public void complete(Long taskId, CurrentUser by, String result) {
        var task = participation.visible(taskId, by);
        participation.require(participation.leads(by, task), "COMPLETE", task);
        if (result == null || result.isBlank()) {
            throw new DomainException("task.result.required");
        }
        task.complete(result.trim(), Instant.now(clock));
        task.recordTimeliness(properties.timeZone());
        note(taskId, by.id(), "COMPLETED", 100, result);
        audit.record("TASK_COMPLETED", "TASK", taskId, null, task.getSecrecy());
        events.publishEvent(new TaskCompleted(taskId, task.source(), by.id()));
        events.publishEvent(new SearchableChanged(TaskSearchables.KIND, taskId));
        notices.completed(task);
    }

    /** The assigner accepts the result, rating its quality; timeliness is computed from the completion report. */
    public void accept(Long taskId, CurrentUser by, boolean meetsQuality, String comment) {
        var task = participation.visible(taskId, by);
        participation.require(participation.assigned(by, task), "ACCEPT", task);
        var timeliness = task.accept(meetsQuality, Instant.now(clock), properties.timeZone());
        note(taskId, by.id(), "ACCEPTED", null, comment);
        audit.record("TASK_ACCEPTED", "TASK", taskId, (timeliness.onTime() ? "on time" : timeliness.daysLate()
                + " days late") + (meetsQuality ? ", meets quality" : ", does not meet quality"), task.getSecrecy());
        events.publishEvent(new TaskAccepted(taskId, task.source(), timeliness.onTime(), timeliness.daysLate(),
                meetsQuality));
        notices.accepted(task);
    }

    public void returnForRework(Long taskId, CurrentUser by, String reason) {
        var task = participation.visible(taskId, by);
        participation.require(participation.assigned(by, task), "RETURN", task);
        if (reason == null || reason.isBlank()) {
            throw new DomainException("task.reason.required");
        }
        task.returnForRework();
        note(taskId, by.id(), "RETURNED", null, reason);
        audit.record("TASK_RETURNED", "TASK", taskId, reason, task.getSecrecy());
        events.publishEvent(new TaskReturned(taskId, task.source(), reason));
        notices.returned(task, reason.trim());
    }

    /** The assigner withdraws an open task; it drops out of reminders and evaluation. */
    public void cancel(Long taskId, CurrentUser by, String reason) {
        var task = participation.visible(taskId, by);
        participation.require(participation.assigned(by, task), "CANCEL", task);
        task.cancel();
        note(taskId, by.id(), "CANCELLED", null, reason);
        audit.record("TASK_CANCELLED", "TASK", taskId, reason, task.getSecrecy());
    }

    /** All tasks of a source, sub-tasks included, in the order they were given. */
    @Transactional(readOnly = true)
    public List<TaskSummary> tasksFor(SourceRef source) {
        var found = source.id() == null ? tasks.findBySourceTypeAndSourceIdIsNullOrderById(source.type())
                : tasks.findBySourceTypeAndSourceIdOrderById(source.type(), source.id());
        return found.stream().map(Task::summary).toList();
    }

    @Transactional(readOnly = true)
    public TaskSummary summary(Long taskId) {
        return tasks.findById(taskId).map(Task::summary).orElseThrow(() -> new NotFoundException("task " + taskId));
    }

    private void note(Long taskId, Long actorId, String kind, Integer percent, String note) {
        timeline.save(new TimelineEntry(taskId, Instant.now(clock), actorId, kind, percent, note));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.timeZone()));
    }
}
