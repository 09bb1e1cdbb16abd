package vn.eoffice.monitoring;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A recommendation (kiến nghị) of a supervision plan to a checked unit, tracked as its task.
 */
@Entity
@Table(name = "supervision_recommendation")
class Recommendation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long planId;
    private Long unitId;
    private String content;
    private LocalDate deadline;
    private Long taskId;
    private Instant createdAt;

    protected Recommendation() {
    }

    Recommendation(Long planId, Long unitId, String content, LocalDate deadline, Long taskId, Instant createdAt) {
        this.planId = planId;
        this.unitId = unitId;
        this.content = content;
        this.deadline = deadline;
        this.taskId = taskId;
        this.createdAt = createdAt;
    }

    RecommendationView view() {
        return new RecommendationView(id, unitId, content, deadline, taskId);
    }
}
