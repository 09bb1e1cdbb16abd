package vn.eoffice.succession;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.eoffice.people.CadreFacts;
import vn.eoffice.people.EducationLevel;
import vn.eoffice.people.TheoryLevel;

/** The standards a candidate for a post of one level must meet, as the personnel office set them. */
@Entity
@Table(name = "succession_standard")
class LevelStandard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private Long agencyId;
    @Enumerated(EnumType.STRING)
    @Column(name = "leadership_level")
    private LeadershipLevel level;
    private Integer maxAgeFirst;
    @Enumerated(EnumType.STRING)
    private TheoryLevel requiredTheory;
    @Enumerated(EnumType.STRING)
    private EducationLevel requiredEducation;
    private boolean stateManagement;

    protected LevelStandard() {
    }

    LevelStandard(Long agencyId, StandardView standard) {
        this.agencyId = agencyId;
        this.level = standard.level();
        change(standard);
    }

    void change(StandardView standard) {
        this.maxAgeFirst = standard.maxAgeFirst();
        this.requiredTheory = standard.requiredTheory();
        this.requiredEducation = standard.requiredEducation() == null ? EducationLevel.UNKNOWN
                : standard.requiredEducation();
        this.stateManagement = standard.stateManagement();
    }

    StandardView view() {
        return new StandardView(level, maxAgeFirst, requiredTheory, requiredEducation, stateManagement);
    }

    /**
     * What the cadre lacks for a post of this level in a term starting on {@code termStart}: each shortfall as a
     * message key and its arguments. The age is the age on the term's first day; exactly the maximum still passes.
     */
    static List<Shortfall> shortfalls(StandardView standard, CadreFacts cadre, LocalDate termStart) {
        var missing = new ArrayList<Shortfall>();
        Integer age = cadre.ageOn(termStart);
        if (standard.maxAgeFirst() != null) {
            if (age == null) {
                missing.add(new Shortfall("succession.missing.birthDate"));
            } else if (age > standard.maxAgeFirst()) {
                missing.add(new Shortfall("succession.missing.age", age, standard.maxAgeFirst()));
            }
        }
        if (!TheoryLevel.meets(cadre.theoryLevel(), standard.requiredTheory())) {
            missing.add(new Shortfall("succession.missing.theory." + standard.requiredTheory()));
        }
        var required = standard.requiredEducation();
        if (required != null && required != EducationLevel.UNKNOWN) {
            var held = cadre.educationLevel();
            if (held == EducationLevel.UNKNOWN) {
                missing.add(new Shortfall("succession.missing.educationUnknown"));
            } else if (!held.meets(required)) {
                missing.add(new Shortfall("succession.missing.education." + required));
            }
        }
        if (standard.stateManagement() && !cadre.stateManagement()) {
            missing.add(new Shortfall("succession.missing.stateManagement"));
        }
        return missing;
    }

    LeadershipLevel getLevel() { return level; }
}
