package vn.eoffice.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.Secrecy;

/**
 * A task (công việc) and its life: it guards its own status transitions and deadline rules.
 */
@Entity
class Task {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private Long agencyId;
    private Long parentId;
    private String title;
    private String content;
    @Enumerated(EnumType.STRING)
    private SourceType sourceType;
    private Long sourceId;
    private Long assignerId;
    private Long leadUnitId;
    private Long leadUserId;
    /** The lead unit, or the lead person's unit: the unit whose officers may see the task. */
    private Long ownerUnitId;
    private LocalDate startDate;
    private LocalDate deadline;
    @Enumerated(EnumType.STRING)
    private Priority priority;
    @Enumerated(EnumType.STRING)
    private Secrecy secrecy;
    @Enumerated(EnumType.STRING)
    private TaskStatus status;
    private int progress;
    private String result;
    private Instant completedAt;
    private Instant acceptedAt;
    private Boolean onTime;
    private Integer daysLate;
    private Boolean meetsQuality;
    private Instant createdAt;
    private Integer repeatDay;
    private Long nextOccurrenceId;

    @ElementCollection
    @CollectionTable(name = "task_co_processor", joinColumns = @JoinColumn(name = "task_id"))
    private Set<CoProcessor> coProcessors = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "task_informed", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "user_id")
    private Set<Long> informedUserIds = new HashSet<>();

    protected Task() {
    }

    Task(Assignment a, Long parentId, Long ownerUnitId, LocalDate startDate, Instant now) {
        if (a.deadline().isBefore(startDate)) {
            throw new DomainException("task.deadline.beforeStart");
        }
        this.agencyId = a.agencyId();
        this.parentId = parentId;
        this.title = a.title().trim();
        this.content = a.content();
        this.sourceType = a.source().type();
        this.sourceId = a.source().id();
        this.assignerId = a.assignerId();
        this.leadUnitId = a.lead().unitId();
        this.leadUserId = a.lead().userId();
        this.ownerUnitId = ownerUnitId;
        this.startDate = startDate;
        this.deadline = a.deadline();
        this.priority = a.priority();
        this.secrecy = a.secrecy();
        this.status = TaskStatus.ASSIGNED;
        this.createdAt = now;
        a.coProcessors().forEach(p -> coProcessors.add(new CoProcessor(p)));
        informedUserIds.addAll(a.informedUserIds());
    }

    /** Makes the task come back every month, due on {@code day} (the month's last day in shorter months). */
    void repeatMonthly(Integer day) {
        if (day != null && (day < 1 || day > 31 || parentId != null)) {
            throw new DomainException("task.repeat.day");
        }
        this.repeatDay = day;
    }

    boolean dueToRepeat(LocalDate today) {
        return repeatDay != null && nextOccurrenceId == null && status != TaskStatus.CANCELLED
                && !deadline.isAfter(today);
    }

    /** The next month's occurrence: same people and content, starting the day after this deadline. */
    Assignment nextOccurrence() {
        var month = java.time.YearMonth.from(deadline).plusMonths(1);
        var next = month.atDay(Math.min(repeatDay, month.lengthOfMonth()));
        return new Assignment(agencyId, title, content, source(), assignerId, lead(), coParties(), informedUserIds,
                deadline.plusDays(1), next, priority, secrecy);
    }

    void followedBy(Long occurrenceId) {
        this.nextOccurrenceId = occurrenceId;
    }

    /** A sub-task must be finished inside its parent's time. */
    void checkChildDeadline(LocalDate childDeadline) {
        if (childDeadline.isAfter(deadline)) {
            throw new DomainException("task.deadline.afterParent", vn.eoffice.platform.Dates.DATE.format(deadline));
        }
    }

    void reportProgress(int percent) {
        requireOpen();
        if (percent < 0 || percent > 100) {
            throw new DomainException("task.progress.range");
        }
        progress = percent;
        status = TaskStatus.IN_PROGRESS;
    }

    void complete(String result, Instant at) {
        requireOpen();
        this.result = result;
        this.completedAt = at;
        this.progress = 100;
        this.status = TaskStatus.COMPLETED;
    }

    /** Timeliness is known from the moment the work is reported done; the dashboard counts it before acceptance. */
    void recordTimeliness(ZoneId zone) {
        var timeliness = Timeliness.of(deadline, completedAt, zone);
        this.onTime = timeliness.onTime();
        this.daysLate = timeliness.daysLate();
    }

    Timeliness accept(boolean meetsQuality, Instant at, ZoneId zone) {
        requireStatus(TaskStatus.COMPLETED);
        var timeliness = Timeliness.of(deadline, completedAt, zone);
        this.onTime = timeliness.onTime();
        this.daysLate = timeliness.daysLate();
        this.meetsQuality = meetsQuality;
        this.acceptedAt = at;
        this.status = TaskStatus.ACCEPTED;
        return timeliness;
    }

    void returnForRework() {
        requireStatus(TaskStatus.COMPLETED);
        status = TaskStatus.RETURNED;
    }

    void cancel() {
        requireOpen();
        status = TaskStatus.CANCELLED;
    }

    void extendDeadline(LocalDate newDeadline) {
        requireOpen();
        deadline = newDeadline;
    }

    void requireOpen() {
        if (!status.isOpen()) {
            throw new DomainException("task.notOpen");
        }
    }

    private void requireStatus(TaskStatus expected) {
        if (status != expected) {
            throw new DomainException("task.notCompleted");
        }
    }

    Party lead() {
        return new Party(leadUnitId, leadUserId);
    }

    SourceRef source() {
        return new SourceRef(sourceType, sourceId);
    }

    Set<Party> coParties() {
        return coProcessors.stream().map(CoProcessor::toParty).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    TaskSummary summary() {
        return new TaskSummary(id, parentId, title, source(), assignerId, lead(), Set.copyOf(coParties()), deadline,
                status, progress, secrecy);
    }

    Long getId() { return id; }
    long getVersion() { return version; }
    Long getAgencyId() { return agencyId; }
    Long getParentId() { return parentId; }
    String getTitle() { return title; }
    String getContent() { return content; }
    Long getAssignerId() { return assignerId; }
    Long getLeadUnitId() { return leadUnitId; }
    Long getLeadUserId() { return leadUserId; }
    Long getOwnerUnitId() { return ownerUnitId; }
    LocalDate getStartDate() { return startDate; }
    LocalDate getDeadline() { return deadline; }
    Priority getPriority() { return priority; }
    Secrecy getSecrecy() { return secrecy; }
    TaskStatus getStatus() { return status; }
    int getProgress() { return progress; }
    String getResult() { return result; }
    Instant getCompletedAt() { return completedAt; }
    Instant getAcceptedAt() { return acceptedAt; }
    Boolean getOnTime() { return onTime; }
    Integer getDaysLate() { return daysLate; }
    Boolean getMeetsQuality() { return meetsQuality; }
    Set<Long> getInformedUserIds() { return Set.copyOf(informedUserIds); }
    Integer getRepeatDay() { return repeatDay; }
    Long getNextOccurrenceId() { return nextOccurrenceId; }
}
