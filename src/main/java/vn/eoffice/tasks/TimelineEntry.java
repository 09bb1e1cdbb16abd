package vn.eoffice.tasks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

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

    @ElementCollection
    @CollectionTable(name = "task_event_file", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    private List<TaskFile> files = new ArrayList<>();

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

    void attach(List<TaskFile> attached) {
        files.addAll(attached);
    }

    TaskEvent view() {
        return new TaskEvent(id, occurredAt, actorId, kind, percent, note, List.copyOf(files));
    }
}
