package vn.eoffice.succession;

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

/** The succession plan of an agency for one Party term, drafted, submitted, approved, then reviewed yearly. */
@Entity
@Table(name = "succession_plan")
class SuccessionPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private Long agencyId;
    private Long termId;
    @Enumerated(EnumType.STRING)
    private PlanStatus status;
    private Instant createdAt;
    private Instant submittedAt;
    private String decisionNumber;
    private LocalDate decisionDate;
    private Long approvedBy;
    private Integer reviewedYear;

    protected SuccessionPlan() {
    }

    SuccessionPlan(Long agencyId, Long termId, Instant now) {
        this.agencyId = agencyId;
        this.termId = termId;
        this.status = PlanStatus.DRAFT;
        this.createdAt = now;
    }

    /** Candidates are added or removed while drafting, and at a yearly review once approved; never while waiting. */
    void requireChangeable() {
        if (status == PlanStatus.SUBMITTED) {
            throw new DomainException("succession.rule.waiting");
        }
    }

    void submit(Instant now) {
        if (status != PlanStatus.DRAFT) {
            throw new DomainException("succession.rule.notDraft");
        }
        status = PlanStatus.SUBMITTED;
        submittedAt = now;
    }

    void approve(ApprovalForm form, Long leaderId, LocalDate today) {
        requireSubmitted();
        if (form.decisionDate().isAfter(today)) {
            throw new DomainException("succession.rule.decisionFuture");
        }
        status = PlanStatus.APPROVED;
        decisionNumber = form.decisionNumber().trim();
        decisionDate = form.decisionDate();
        approvedBy = leaderId;
    }

    void sendBack() {
        requireSubmitted();
        status = PlanStatus.DRAFT;
    }

    private void requireSubmitted() {
        if (status != PlanStatus.SUBMITTED) {
            throw new DomainException("succession.rule.notSubmitted");
        }
    }

    /** A yearly review is due from the year after the approval, once a year, while the term lasts (open: no end). */
    boolean reviewDue(LocalDate today, LocalDate termEnd) {
        return status == PlanStatus.APPROVED && decisionDate != null && decisionDate.getYear() < today.getYear()
                && (reviewedYear == null || reviewedYear < today.getYear())
                && (termEnd == null || !today.isAfter(termEnd));
    }

    void reviewed(int year, LocalDate termEnd, LocalDate today) {
        if (!reviewDue(today, termEnd)) {
            throw new DomainException("succession.rule.reviewNotDue");
        }
        reviewedYear = year;
    }

    /** The name of the step waiting now, for the notifications that announce it. */
    String step() {
        return "succession-plan-" + id + "-" + status;
    }

    Long getId() { return id; }
    long getVersion() { return version; }
    Long getAgencyId() { return agencyId; }
    Long getTermId() { return termId; }
    PlanStatus getStatus() { return status; }
    String getDecisionNumber() { return decisionNumber; }
    LocalDate getDecisionDate() { return decisionDate; }
    Integer getReviewedYear() { return reviewedYear; }
}
