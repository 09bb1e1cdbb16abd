package vn.eoffice.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

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

/**
 * A supervision or inspection plan on a monitored document's implementation: the units checked, the team, the
 * schedule and, once done, the findings. Its recommendations are tasks.
 */
@Entity
class SupervisionPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private Long monitoredDocumentId;
    @Enumerated(EnumType.STRING)
    private SupervisionKind kind;
    private String title;
    private LocalDate startDate;
    private LocalDate endDate;
    private String findings;
    private Long createdBy;
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "supervision_unit", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "unit_id")
    private Set<Long> unitIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "supervision_member", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "user_id")
    private Set<Long> memberIds = new HashSet<>();

    protected SupervisionPlan() {
    }

    SupervisionPlan(Long monitoredDocumentId, SupervisionForm form, Long createdBy, Instant now) {
        if (form.endDate().isBefore(form.startDate())) {
            throw new DomainException("monitoring.supervision.endBeforeStart");
        }
        if (form.unitIds().isEmpty()) {
            throw new DomainException("monitoring.supervision.units.required");
        }
        this.monitoredDocumentId = monitoredDocumentId;
        this.kind = form.kind();
        this.title = form.title().trim();
        this.startDate = form.startDate();
        this.endDate = form.endDate();
        this.unitIds.addAll(form.unitIds());
        this.memberIds.addAll(form.memberIds());
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void recordFindings(String text) {
        this.findings = text == null || text.isBlank() ? null : text.trim();
    }

    boolean checks(Long unitId) {
        return unitIds.contains(unitId);
    }

    SupervisionPlanView view(java.util.List<RecommendationView> recommendations) {
        return new SupervisionPlanView(id, monitoredDocumentId, kind, title, startDate, endDate, findings,
                Set.copyOf(unitIds), Set.copyOf(memberIds), recommendations);
    }

    Long getId() { return id; }
    Long getMonitoredDocumentId() { return monitoredDocumentId; }
    LocalDate getEndDate() { return endDate; }
}
