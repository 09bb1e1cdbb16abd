package vn.eoffice.monitoring;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An item of a document's implementation plan; who does it by when is its task.
 */
@Entity
@Table(name = "monitoring_item")
class PlanItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long monitoredDocumentId;
    private String title;
    private Long taskId;
    private Instant createdAt;

    protected PlanItem() {
    }

    PlanItem(Long monitoredDocumentId, String title, Long taskId, Instant createdAt) {
        this.monitoredDocumentId = monitoredDocumentId;
        this.title = title;
        this.taskId = taskId;
        this.createdAt = createdAt;
    }

    Long getId() { return id; }
    Long getMonitoredDocumentId() { return monitoredDocumentId; }
    String getTitle() { return title; }
    Long getTaskId() { return taskId; }
}
