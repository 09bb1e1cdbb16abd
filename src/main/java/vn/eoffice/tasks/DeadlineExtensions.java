package vn.eoffice.tasks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;

/**
 * Requests for a later deadline (gia hạn): the lead asks, the assigner approves or refuses; the whole history stays.
 */
@Service
@Transactional
public class DeadlineExtensions {

    private final Tasks tasks;
    private final ExtensionRequests requests;
    private final Timeline timeline;
    private final Participation participation;
    private final AuditLog audit;
    private final Clock clock;
    private final TaskNotices notices;

    DeadlineExtensions(Tasks tasks, ExtensionRequests requests, Timeline timeline, Participation participation,
            AuditLog audit, Clock clock, TaskNotices notices) {
        this.notices = notices;
        this.tasks = tasks;
        this.requests = requests;
        this.timeline = timeline;
        this.participation = participation;
        this.audit = audit;
        this.clock = clock;
    }

    public Extension request(Long taskId, CurrentUser by, LocalDate newDeadline, String reason) {
        var task = participation.visible(taskId, by);
        participation.require(participation.leads(by, task), "EXTENSION_REQUEST", task);
        task.requireOpen();
        if (newDeadline == null || reason == null || reason.isBlank()) {
            throw new DomainException("task.extension.incomplete");
        }
        if (requests.existsByTaskIdAndStatus(taskId, ExtensionStatus.PENDING)) {
            throw new DomainException("task.extension.pending");
        }
        checkInsideParent(task, newDeadline);
        var now = Instant.now(clock);
        var saved = requests.save(new ExtensionRequest(taskId, by.id(), now, task.getDeadline(), newDeadline,
                reason.trim()));
        timeline.save(new TimelineEntry(taskId, now, by.id(), "EXTENSION_REQUESTED", null,
                newDeadline + ": " + reason.trim()));
        audit.record("TASK_EXTENSION_REQUESTED", "TASK", taskId, task.getDeadline() + " -> " + newDeadline,
                task.getSecrecy());
        notices.extensionRequested(task, saved.getId(), newDeadline);
        return saved.view();
    }

    /** The assigner decides; an approval moves the deadline (still inside the parent's). */
    public Extension decide(Long extensionId, CurrentUser by, boolean approve, String note) {
        var request = requests.findById(extensionId)
                .orElseThrow(() -> new NotFoundException("extension " + extensionId));
        var task = participation.visible(request.getTaskId(), by);
        participation.require(participation.assigned(by, task), "EXTENSION_DECIDE", task);
        var now = Instant.now(clock);
        request.decide(approve, by.id(), now, note);
        if (approve) {
            checkInsideParent(task, request.getRequestedDeadline());
            task.extendDeadline(request.getRequestedDeadline());
        }
        timeline.save(new TimelineEntry(task.getId(), now, by.id(),
                approve ? "EXTENSION_APPROVED" : "EXTENSION_REFUSED", null, note));
        audit.record(approve ? "TASK_EXTENSION_APPROVED" : "TASK_EXTENSION_REFUSED", "TASK", task.getId(),
                request.getRequestedDeadline().toString());
        notices.extensionDecided(extensionId);
        return request.view();
    }

    @Transactional(readOnly = true)
    public List<Extension> history(Long taskId, CurrentUser viewer) {
        participation.visible(taskId, viewer);
        return requests.findByTaskIdOrderByRequestedAtAscIdAsc(taskId).stream().map(ExtensionRequest::view).toList();
    }

    private void checkInsideParent(Task task, LocalDate deadline) {
        if (task.getParentId() != null) {
            tasks.findById(task.getParentId()).ifPresent(parent -> parent.checkChildDeadline(deadline));
        }
    }
}
