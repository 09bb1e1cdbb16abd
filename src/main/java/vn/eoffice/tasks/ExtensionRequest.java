package vn.eoffice.tasks;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.eoffice.platform.DomainException;

/**
 * A request to move a task's deadline (xin gia hạn), decided once by the assigner and never deleted.
 */
@Entity
@Table(name = "task_extension")
class ExtensionRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private Long taskId;
    private Long requestedBy;
    private Instant requestedAt;
    private LocalDate previousDeadline;
    private LocalDate requestedDeadline;
    private String reason;
    @Enumerated(EnumType.STRING)
    private ExtensionStatus status;
    private Long decidedBy;
    private Instant decidedAt;
    private String decisionNote;

    protected ExtensionRequest() {
    }

    ExtensionRequest(Long taskId, Long requestedBy, Instant requestedAt, LocalDate previousDeadline,
            LocalDate requestedDeadline, String reason) {
        if (!requestedDeadline.isAfter(previousDeadline)) {
            throw new DomainException("task.extension.notLater");
        }
        this.taskId = taskId;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.previousDeadline = previousDeadline;
        this.requestedDeadline = requestedDeadline;
        this.reason = reason;
        this.status = ExtensionStatus.PENDING;
    }

    void decide(boolean approve, Long by, Instant at, String note) {
        if (status != ExtensionStatus.PENDING) {
            throw new DomainException("task.extension.decided");
        }
        this.status = approve ? ExtensionStatus.APPROVED : ExtensionStatus.REFUSED;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionNote = note;
    }

    Long getId() { return id; }
    Long getTaskId() { return taskId; }
    LocalDate getRequestedDeadline() { return requestedDeadline; }

    Extension view() {
        return new Extension(id, requestedBy, requestedAt, previousDeadline, requestedDeadline, reason, status,
                decidedBy, decidedAt, decisionNote);
    }
}
