package vn.eoffice.succession;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The structure targets of an agency's plans, as the personnel office set them. */
@Entity
@Table(name = "succession_target")
class StructureTargets {

    @Id
    private Long agencyId;
    @Version
    private long version;
    private int youngAge;
    private int youngPercent;
    private int femalePercent;
    private int minorityPercent;

    protected StructureTargets() {
    }

    StructureTargets(Long agencyId, Targets targets) {
        this.agencyId = agencyId;
        change(targets);
    }

    void change(Targets targets) {
        this.youngAge = targets.youngAge();
        this.youngPercent = targets.youngPercent();
        this.femalePercent = targets.femalePercent();
        this.minorityPercent = targets.minorityPercent();
    }

    Targets view() {
        return new Targets(youngAge, youngPercent, femalePercent, minorityPercent);
    }
}
