package vn.eoffice.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import vn.eoffice.platform.DomainException;

/**
 * One person's evaluation in one period (phiếu đánh giá, xếp loại chất lượng). It moves only forward, one step at
 * a time: self-assessment → head's proposal → collective meeting → decision → published.
 */
@Entity
class EvaluationSheet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private Long periodId;
    private Long agencyId;
    private Long userId;
    private Long unitId;
    private boolean leader;
    private boolean byLeaders;
    @Enumerated(EnumType.STRING)
    private SheetStatus status;
    private BigDecimal selfGeneral;
    @Enumerated(EnumType.STRING)
    private Rating selfRating;
    private String selfComment;
    private Instant selfAt;
    private BigDecimal headGeneral;
    private BigDecimal organising;
    private boolean degraded;
    private boolean disciplined;
    private boolean corruption;
    @Enumerated(EnumType.STRING)
    private Rating proposedRating;
    private String headComment;
    private Long proposerId;
    private Instant proposedAt;
    private LocalDate meetingDate;
    private String minutes;
    private Long minutesFileId;
    private Integer present;
    private Integer agree;
    private Integer disagree;
    @Enumerated(EnumType.STRING)
    private Rating collectiveRating;
    private Long recordedBy;
    private Instant recordedAt;
    @Enumerated(EnumType.STRING)
    private Rating decidedRating;
    private BigDecimal decidedPoints;
    private String decisionNote;
    private Long decidedBy;
    private Instant decidedAt;
    private Instant publishedAt;

    protected EvaluationSheet() {
    }

    EvaluationSheet(Long periodId, Long agencyId, Long userId, Long unitId, boolean leader, boolean byLeaders) {
        this.periodId = periodId;
        this.agencyId = agencyId;
        this.userId = userId;
        this.unitId = unitId;
        this.leader = leader;
        this.byLeaders = byLeaders;
        this.status = SheetStatus.SELF;
    }

    void assessSelf(SelfAssessment form, Instant at) {
        require(SheetStatus.SELF);
        this.selfGeneral = form.general();
        this.selfRating = form.rating();
        this.selfComment = form.comment().trim();
        this.selfAt = at;
        this.status = SheetStatus.PROPOSAL;
    }

    void propose(Proposal form, Long by, Instant at) {
        require(SheetStatus.PROPOSAL);
        if (leader && form.organising() == null) {
            throw new DomainException("evaluation.organising.required");
        }
        if (form.corruption() && !leader) {
            throw new DomainException("evaluation.corruption.leadersOnly");
        }
        this.headGeneral = form.general();
        this.organising = leader ? form.organising() : null;
        this.degraded = form.degraded();
        this.disciplined = form.disciplined();
        this.corruption = form.corruption();
        this.proposedRating = form.rating();
        this.headComment = form.comment() == null ? null : form.comment().trim();
        this.proposerId = by;
        this.proposedAt = at;
        this.status = SheetStatus.COLLECTIVE;
    }

    void recordMeeting(CollectiveMeeting form, LocalDate today, Long by, Instant at) {
        require(SheetStatus.COLLECTIVE);
        if (form.date().isAfter(today)) {
            throw new DomainException("evaluation.meeting.date.future");
        }
        if (form.agree() + form.disagree() > form.present()) {
            throw new DomainException("evaluation.votes.exceed", form.agree(), form.disagree(), form.present());
        }
        this.meetingDate = form.date();
        this.minutes = form.minutes().trim();
        this.minutesFileId = form.minutesFileId();
        this.present = form.present();
        this.agree = form.agree();
        this.disagree = form.disagree();
        this.collectiveRating = form.rating();
        this.recordedBy = by;
        this.recordedAt = at;
        this.status = SheetStatus.DECISION;
    }

    void decide(Decision form, BigDecimal points, Long by, Instant at) {
        require(SheetStatus.DECISION);
        if (disqualified() && form.rating().completed()) {
            throw new DomainException("evaluation.decision.disqualified");
        }
        this.decidedRating = form.rating();
        this.decidedPoints = points;
        this.decisionNote = form.note() == null ? null : form.note().trim();
        this.decidedBy = by;
        this.decidedAt = at;
        this.status = SheetStatus.DECIDED;
    }

    void publish(Instant at) {
        require(SheetStatus.DECIDED);
        this.publishedAt = at;
        this.status = SheetStatus.PUBLISHED;
    }

    boolean disqualified() {
        return degraded || disciplined || corruption;
    }

    private void require(SheetStatus expected) {
        if (status != expected) {
            throw new DomainException("evaluation.step.notNow");
        }
    }

    /** The step's name for notifications (one per sheet and status). */
    String step() {
        return "evaluation:" + id + ":" + status.name();
    }

    SheetView view(String personName, String personTitle) {
        return new SheetView(id, periodId, userId, personName, personTitle, unitId, leader, byLeaders, status,
                new SheetView.Self(selfGeneral, selfRating, selfComment, selfAt),
                new SheetView.Head(headGeneral, organising, degraded, disciplined, corruption, proposedRating,
                        headComment, proposerId, proposedAt),
                new SheetView.Meeting(meetingDate, minutes, minutesFileId, present, agree, disagree, collectiveRating,
                        recordedAt),
                new SheetView.Verdict(decidedRating, decidedPoints, decisionNote, decidedBy, decidedAt, publishedAt));
    }

    Long getId() { return id; }
    Long getPeriodId() { return periodId; }
    Long getAgencyId() { return agencyId; }
    Long getUserId() { return userId; }
    Long getUnitId() { return unitId; }
    boolean isLeader() { return leader; }
    boolean isByLeaders() { return byLeaders; }
    SheetStatus getStatus() { return status; }
    BigDecimal getSelfGeneral() { return selfGeneral; }
    BigDecimal getHeadGeneral() { return headGeneral; }
    BigDecimal getOrganising() { return organising; }
    Rating getProposedRating() { return proposedRating; }
    Rating getCollectiveRating() { return collectiveRating; }
    Rating getDecidedRating() { return decidedRating; }
    Rating getSelfRating() { return selfRating; }
    BigDecimal getDecidedPoints() { return decidedPoints; }
    Long getMinutesFileId() { return minutesFileId; }
}
