package vn.eoffice.tasks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.EOfficeProperties;

/**
 * Read side of tasks for people: lists with filters, the calendar, a task's details, and evaluation facts.
 */
@Service
@Transactional(readOnly = true)
public class TaskQueries {

    private static final Sort BY_DEADLINE = Sort.by("deadline", "id");

    private final Tasks tasks;
    private final Timeline timeline;
    private final ExtensionRequests extensions;
    private final Participation participation;
    private final TaskTallies tallies;
    private final Clock clock;
    private final EOfficeProperties properties;

    TaskQueries(Tasks tasks, Timeline timeline, ExtensionRequests extensions, Participation participation,
            TaskTallies tallies, Clock clock, EOfficeProperties properties) {
        this.tasks = tasks;
        this.tallies = tallies;
        this.timeline = timeline;
        this.extensions = extensions;
        this.participation = participation;
        this.clock = clock;
        this.properties = properties;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(properties.timeZone()));
    }

    public Page<TaskSummary> find(TaskFilter filter, CurrentUser user, Pageable pageable) {
        var sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), BY_DEADLINE);
        return tasks.findAll(TaskSpecifications.matching(filter, user, participation.listScope(user), today()), sorted).map(Task::summary);
    }

    /** Deadlines of the person's tasks between two days, for the calendar. */
    public List<TaskSummary> deadlines(CurrentUser user, TaskView view, LocalDate from, LocalDate to) {
        var filter = new TaskFilter(view, null, false, null, from, to);
        return tasks.findAll(TaskSpecifications.matching(filter, user, participation.listScope(user), today()), BY_DEADLINE).stream()
                .map(Task::summary).toList();
    }

    public TaskDetails details(Long taskId, CurrentUser user) {
        var task = participation.visible(taskId, user);
        boolean open = task.getStatus().isOpen();
        boolean leads = participation.leads(user, task);
        boolean assigned = participation.assigned(user, task);
        boolean pending = extensions.existsByTaskIdAndStatus(taskId, ExtensionStatus.PENDING);
        var actions = new TaskActions(open && (leads || participation.coProcesses(user, task)), open && leads,
                assigned && task.getStatus() == TaskStatus.COMPLETED, open && leads, open && leads && !pending,
                assigned && pending, open && assigned);
        return new TaskDetails(task.summary(), task.getContent(), task.getPriority(), task.getStartDate(),
                task.getInformedUserIds(), task.getRepeatDay(), task.getResult(), task.getCompletedAt(), task.getAcceptedAt(),
                task.getOnTime(), task.getDaysLate(), task.getMeetsQuality(), open && task.getDeadline().isBefore(today()),
                tasks.findByParentIdOrderById(taskId).stream().map(Task::summary).toList(),
                timeline.findByTaskIdOrderByOccurredAtAscIdAsc(taskId).stream().map(TimelineEntry::view).toList(),
                extensions.findByTaskIdOrderByRequestedAtAscIdAsc(taskId).stream().map(ExtensionRequest::view)
                        .toList(),
                actions);
    }

    /** The id of a file of the task's progress updates, if the person may see the task (404 otherwise). */
    public Long progressFile(Long taskId, Long fileId, CurrentUser user) {
        participation.visible(taskId, user);
        if (!timeline.hasFile(taskId, fileId)) {
            throw new vn.eoffice.platform.NotFoundException("file " + fileId + " of task " + taskId);
        }
        return fileId;
    }

    /**
     * The dashboard counts of the person's scope (a leader: the agency; a unit head: their units), one per unit,
     * person or monitored document, computed in the database. Others are refused.
     */
    public List<TaskTally> tally(CurrentUser user, TallyFilter filter) {
        return tallies.tally(user, filter, today());
    }

    /**
     * Lifetime counts of the top-level tasks of each source of {@code type} in the agency, keyed by source id — for
     * the traffic light of, e.g., a monitored document. The caller decides who may see the source.
     */
    public java.util.Map<Long, TaskTally> tallyBySource(Long agencyId, SourceType type) {
        return TaskTallies.byKey(tallies.bySource(agencyId, type, today()));
    }

    /** The tasks behind one dashboard count, in the same scope. */
    public Page<TaskSummary> drill(CurrentUser user, TallyFilter filter, Pageable pageable) {
        return tallies.drill(user, filter, today(), pageable).map(Task::summary);
    }

    /** The units the person's dashboard covers, or null for the whole agency; refuses people without a dashboard. */
    public java.util.Set<Long> dashboardScope(CurrentUser user) {
        return tallies.scope(user);
    }

    /** Accepted tasks of an agency accepted in [from, to) — the facts staff evaluation is built on. */
    public List<TaskOutcome> outcomes(Long agencyId, Instant from, Instant to) {
        return tasks.findAccepted(agencyId, from, to).stream()
                .map(t -> new TaskOutcome(t.getId(), t.getLeadUserId(), t.getLeadUnitId(), t.getOwnerUnitId(),
                        t.getDeadline(), t.getCompletedAt(), t.getAcceptedAt(), t.getOnTime(), t.getDaysLate(),
                        t.getMeetsQuality()))
                .toList();
    }

    /**
     * Tasks of an agency led by a person (not by a unit) that belong to the days [first, last]: accepted in them, or,
     * not accepted (yet), due in them; cancelled tasks are left out. With each, how often it was returned and its
     * deadline extended within those days (not over the task's whole life) — the facts staff evaluation scores
     * (docs/adr/0030).
     */
    public List<LedTask> ledTasks(Long agencyId, LocalDate first, LocalDate last) {
        var zone = properties.timeZone();
        var from = first.atStartOfDay(zone).toInstant();
        var to = last.plusDays(1).atStartOfDay(zone).toInstant();
        var found = tasks.findLedIn(agencyId, from, to, first, last);
        var counts = new java.util.HashMap<String, Integer>();
        if (!found.isEmpty()) {
            timeline.countKindsBetween(found.stream().map(Task::getId).toList(),
                    List.of("RETURNED", "EXTENSION_APPROVED"), from, to)
                    .forEach(row -> counts.put(row[0] + ":" + row[1], ((Number) row[2]).intValue()));
        }
        return found.stream().map(t -> new LedTask(t.getId(), t.getTitle(), t.getLeadUserId(), t.getOwnerUnitId(),
                t.source().type(), t.getPriority(), t.getSecrecy(), t.getDeadline(), t.getStatus(), t.getCompletedAt(),
                t.getAcceptedAt(), t.getOnTime(), t.getDaysLate(), t.getMeetsQuality(),
                counts.getOrDefault(t.getId() + ":RETURNED", 0),
                counts.getOrDefault(t.getId() + ":EXTENSION_APPROVED", 0))).toList();
    }

    /** Of the tasks named, those the person may see (a page links only to these). */
    public java.util.Set<Long> visibleOf(java.util.Collection<Long> taskIds, CurrentUser user) {
        var visible = new java.util.HashSet<Long>();
        for (Long id : taskIds) {
            try {
                visible.add(participation.visible(id, user).getId());
            } catch (vn.eoffice.platform.NotFoundException hidden) {
                // not this person's to see: no link
            }
        }
        return visible;
    }
}
