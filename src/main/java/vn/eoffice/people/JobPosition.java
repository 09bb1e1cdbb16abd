package vn.eoffice.people;

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

/** A job position (vị trí việc làm) of a unit: its standards, headcount and competency framework. */
@Entity
@Table(name = "job_position")
class JobPosition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private Long agencyId;
    private Long unitId;
    private String name;
    @Enumerated(EnumType.STRING)
    private PositionKind kind;
    private String description;
    private String requiredEducation;
    @Enumerated(EnumType.STRING)
    private TheoryLevel requiredTheory;
    private int yearsExperience;
    private int headcount;

    @ElementCollection
    @CollectionTable(name = "job_competency", joinColumns = @JoinColumn(name = "position_id"))
    @OrderColumn(name = "position_order")
    private List<Competency> competencies = new ArrayList<>();

    @Embeddable
    static class Competency {
        private String name;
        @Enumerated(EnumType.STRING)
        @Column(name = "competency_group")
        private CompetencyGroup group;
        private int requiredLevel;

        protected Competency() {
        }

        Competency(PositionForm.Competency form) {
            this.name = form.name().trim();
            this.group = form.group();
            this.requiredLevel = form.level();
        }

        PositionForm.Competency view() {
            return new PositionForm.Competency(name, group, requiredLevel);
        }
    }

    protected JobPosition() {
    }

    JobPosition(Long agencyId, PositionForm form) {
        this.agencyId = agencyId;
        change(form);
    }

    void change(PositionForm form) {
        this.unitId = form.unitId();
        this.name = form.name().trim();
        this.kind = form.kind();
        this.description = form.description() == null || form.description().isBlank() ? null
                : form.description().trim();
        this.requiredEducation = form.requiredEducation() == null || form.requiredEducation().isBlank() ? null
                : form.requiredEducation().trim();
        this.requiredTheory = form.requiredTheory();
        this.yearsExperience = form.yearsExperience();
        this.headcount = form.headcount();
        this.competencies.clear();
        form.competencies().forEach(c -> competencies.add(new Competency(c)));
    }

    PositionSummary summary(long assigned) {
        return new PositionSummary(id, unitId, name, kind, headcount, assigned, Staffing.of(headcount, assigned));
    }

    PositionDetails details(long assigned, List<PositionDetails.Holder> holders) {
        return new PositionDetails(summary(assigned), description, requiredEducation, requiredTheory,
                yearsExperience, version, competencies.stream().map(Competency::view).toList(), holders);
    }

    Long getId() { return id; }
    Long getAgencyId() { return agencyId; }
    String getName() { return name; }
    TheoryLevel getRequiredTheory() { return requiredTheory; }
    Long getUnitId() { return unitId; }
    PositionKind getKind() { return kind; }

    /** The competency framework with the levels required, in order. */
    List<PositionForm.Competency> framework() {
        return competencies.stream().map(Competency::view).toList();
    }
}
