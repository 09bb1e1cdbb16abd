package vn.eoffice.people;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.eoffice.platform.DomainException;

/**
 * A person's yearly competency assessment (đánh giá năng lực): his own level per competency of his primary
 * position's framework, then the reviewer's level, which is final.
 */
@Entity
@Table(name = "competency_assessment")
class CompetencyAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private Long agencyId;
    private Long cadreId;
    private Long unitId;
    private Long positionId;
    @Column(name = "assessment_year")
    private int year;
    @Enumerated(EnumType.STRING)
    private AssessmentStatus status;
    private boolean byLeaders;
    private Instant submittedAt;
    private Long reviewerId;
    private Instant reviewedAt;
    private String reviewComment;

    @ElementCollection
    @CollectionTable(name = "competency_rating", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "rating_order")
    private List<Rating> ratings = new ArrayList<>();

    @Embeddable
    static class Rating {
        private String name;
        @Enumerated(EnumType.STRING)
        @Column(name = "competency_group")
        private CompetencyGroup group;
        private int requiredLevel;
        private int selfLevel;
        private String evidence;
        private Integer reviewedLevel;

        protected Rating() {
        }

        Rating(PositionForm.Competency competency, SelfAssessmentForm.Rating own) {
            this.name = competency.name();
            this.group = competency.group();
            this.requiredLevel = competency.level();
            this.selfLevel = own.level();
            this.evidence = own.evidence() == null || own.evidence().isBlank() ? null : own.evidence().trim();
        }

        AssessmentView.Line view() {
            return new AssessmentView.Line(name, group, requiredLevel, selfLevel, evidence, reviewedLevel);
        }
    }

    protected CompetencyAssessment() {
    }

    /** The framework and the person's own levels, one for one, in the framework's order. */
    CompetencyAssessment(Cadre cadre, JobPosition position, int year, boolean byLeaders, SelfAssessmentForm form,
            Instant now) {
        var framework = position.framework();
        if (framework.isEmpty()) {
            throw new DomainException("competency.framework.empty");
        }
        if (form.ratings().size() != framework.size()) {
            throw new DomainException("competency.ratings.mismatch", framework.size());
        }
        this.agencyId = cadre.getAgencyId();
        this.cadreId = cadre.getId();
        this.unitId = cadre.getUnitId();
        this.positionId = position.getId();
        this.year = year;
        this.byLeaders = byLeaders;
        this.status = AssessmentStatus.SUBMITTED;
        this.submittedAt = now;
        for (int i = 0; i < framework.size(); i++) {
            ratings.add(new Rating(framework.get(i), form.ratings().get(i)));
        }
    }

    /** The reviewer's levels (a missing one confirms the person's own) and comment; only once. */
    void review(Long reviewerId, ReviewForm form, Instant now) {
        if (status != AssessmentStatus.SUBMITTED) {
            throw new DomainException("competency.review.already");
        }
        var levels = form.levels() == null ? List.<Integer>of() : form.levels();
        if (levels.size() > ratings.size()) {
            throw new DomainException("competency.ratings.mismatch", ratings.size());
        }
        for (int i = 0; i < ratings.size(); i++) {
            Integer level = i < levels.size() ? levels.get(i) : null;
            ratings.get(i).reviewedLevel = level == null ? ratings.get(i).selfLevel : level;
        }
        this.reviewerId = reviewerId;
        this.reviewedAt = now;
        this.reviewComment = form.comment() == null || form.comment().isBlank() ? null : form.comment().trim();
        this.status = AssessmentStatus.REVIEWED;
    }

    AssessmentView view(String personName, String positionName, String reviewerName) {
        return new AssessmentView(id, cadreId, personName, unitId, positionId, positionName, year, status,
                submittedAt, reviewerName, reviewedAt, reviewComment, ratings.stream().map(Rating::view).toList());
    }

    String step() {
        return "competency:" + id + ":review";
    }

    Long getId() { return id; }
    Long getAgencyId() { return agencyId; }
    Long getCadreId() { return cadreId; }
    Long getUnitId() { return unitId; }
    Long getPositionId() { return positionId; }
    int getYear() { return year; }
    boolean isByLeaders() { return byLeaders; }
    AssessmentStatus getStatus() { return status; }
    Long getReviewerId() { return reviewerId; }
}
