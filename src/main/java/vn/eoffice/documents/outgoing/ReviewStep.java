package vn.eoffice.documents.outgoing;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One step of a draft's review circuit: a reviewer checks the content, the form, or approves as the signer. Steps
 * run by their order; steps sharing an order run in parallel.
 */
@Entity
@Table(name = "review_step")
public class ReviewStep {

    public enum Kind {
        CONTENT, FORM, APPROVAL;

        public String messageKey() {
            return "outgoing.step.kind." + name();
        }
    }

    public enum Status {
        PENDING, APPROVED, RETURNED;

        public String messageKey() {
            return "outgoing.step.status." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long documentId;
    private int stepOrder;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private Long reviewerId;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String comment;
    private Instant decidedAt;

    protected ReviewStep() {
    }

    ReviewStep(Long documentId, int stepOrder, Kind kind, Long reviewerId) {
        this.documentId = documentId;
        this.stepOrder = stepOrder;
        this.kind = kind;
        this.reviewerId = reviewerId;
        this.status = Status.PENDING;
    }

    void decide(boolean approved, String comment, Instant at) {
        this.status = approved ? Status.APPROVED : Status.RETURNED;
        this.comment = comment;
        this.decidedAt = at;
    }

    public Long getId() { return id; }
    public Long getDocumentId() { return documentId; }
    public int getStepOrder() { return stepOrder; }
    public Kind getKind() { return kind; }
    public Long getReviewerId() { return reviewerId; }
    public Status getStatus() { return status; }
    public String getComment() { return comment; }
    public Instant getDecidedAt() { return decidedAt; }
}
