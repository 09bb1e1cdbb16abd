package vn.eoffice.people;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.eoffice.platform.DomainException;

/** A unit's yearly training plan (kế hoạch đào tạo, bồi dưỡng): adjusted while a draft, then approved. */
@Entity
@Table(name = "training_plan")
class TrainingPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private Long agencyId;
    private Long unitId;
    @Column(name = "plan_year")
    private int year;
    @Enumerated(EnumType.STRING)
    private PlanStatus status;
    private Long approvedBy;
    private Instant approvedAt;

    protected TrainingPlan() {
    }

    TrainingPlan(Long agencyId, Long unitId, int year) {
        this.agencyId = agencyId;
        this.unitId = unitId;
        this.year = year;
        this.status = PlanStatus.DRAFT;
    }

    /** Items are added and removed only while the plan is a draft. */
    void requireDraft() {
        if (status != PlanStatus.DRAFT) {
            throw new DomainException("training.plan.approved");
        }
    }

    void approve(Long userId, int items, Instant now) {
        requireDraft();
        if (items == 0) {
            throw new DomainException("training.plan.empty");
        }
        this.status = PlanStatus.APPROVED;
        this.approvedBy = userId;
        this.approvedAt = now;
    }

    /** An item is done against an approved plan only: a draft is still being decided. */
    void requireApproved() {
        if (status != PlanStatus.APPROVED) {
            throw new DomainException("training.plan.notApproved");
        }
    }

    Long getId() { return id; }
    Long getAgencyId() { return agencyId; }
    Long getUnitId() { return unitId; }
    int getYear() { return year; }
    PlanStatus getStatus() { return status; }
    Instant getApprovedAt() { return approvedAt; }
}
