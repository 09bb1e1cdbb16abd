package vn.eoffice.tasks;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of a task's history, kept for the timeline and for evaluation disputes.
 */
@Entity
@Table(name = "task_event")
class TimelineEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long taskId;
    private Instant occurredAt;
    private Long actorId;
    private String kind;
    private Integer percent;
    private String note;

    protected TimelineEntry() {
    }

    TimelineEntry(Long taskId, Instant occurredAt, Long actorId, String kind, Integer percent, String note) {
        this.taskId = taskId;
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.kind = kind;
        this.percent = percent;
        this.note = note;
    }

    TaskEvent view() {
        return new TaskEvent(occurredAt, actorId, kind, percent, note);
    }
}
