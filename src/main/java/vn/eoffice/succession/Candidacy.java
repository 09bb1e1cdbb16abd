package vn.eoffice.succession;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.eoffice.platform.DomainException;

/** A cadre planned for a post in a plan; a candidate removed at a review stays, with the day and the reason. */
@Entity
@Table(name = "succession_candidate")
class Candidacy {

    /** Quy định 377-QĐ/TW: at most three cadres per post, a cadre for at most three posts of one level. */
    static final int LIMIT = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private Long planId;
    private Long postId;
    private Long cadreId;
    private Long proposedBy;
    private LocalDate addedOn;
    private String addedReason;
    private Integer ballotsIssued;
    private Integer ballotsValid;
    @Column(name = "ballots_for")
    private Integer ballotsInFavour;
    private LocalDate removedOn;
    private String removalReason;

    protected Candidacy() {
    }

    Candidacy(Long planId, CandidateForm form, LocalDate today) {
        this.planId = planId;
        this.postId = form.postId();
        this.cadreId = form.cadreId();
        this.proposedBy = form.proposedBy();
        this.addedOn = today;
        this.addedReason = form.reason() == null || form.reason().isBlank() ? null : form.reason().trim();
    }

    void record(Ballots ballots) {
        requireActive();
        ballots.check();
        this.ballotsIssued = ballots.issued();
        this.ballotsValid = ballots.valid();
        this.ballotsInFavour = ballots.inFavour();
    }

    void remove(String reason, LocalDate today) {
        requireActive();
        this.removedOn = today;
        this.removalReason = reason.trim();
    }

    private void requireActive() {
        if (!active()) {
            throw new DomainException("succession.rule.removed");
        }
    }

    boolean active() {
        return removedOn == null;
    }

    Ballots ballots() {
        return ballotsIssued == null ? null : new Ballots(ballotsIssued, ballotsValid, ballotsInFavour);
    }

    Long getId() { return id; }
    Long getPlanId() { return planId; }
    Long getPostId() { return postId; }
    Long getCadreId() { return cadreId; }
    Long getProposedBy() { return proposedBy; }
    LocalDate getAddedOn() { return addedOn; }
    String getAddedReason() { return addedReason; }
    LocalDate getRemovedOn() { return removedOn; }
    String getRemovalReason() { return removalReason; }
}
