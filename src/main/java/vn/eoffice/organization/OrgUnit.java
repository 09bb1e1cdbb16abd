package vn.eoffice.organization;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An internal unit (phòng, văn phòng) of a hosted agency; units may nest.
 */
@Entity
@Table(name = "org_unit")
class OrgUnit implements UnitProfile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long agencyId;
    private Long parentId;
    private String name;
    private String abbreviation;
    private int sortOrder;
    @Embedded
    private Validity validity;
    @Version
    private long version;

    protected OrgUnit() {
    }

    OrgUnit(Long agencyId, Long parentId, String name, String abbreviation, int sortOrder, Validity validity) {
        this.agencyId = agencyId;
        this.parentId = parentId;
        this.name = name;
        this.abbreviation = abbreviation;
        this.sortOrder = sortOrder;
        this.validity = validity;
    }

    void update(Long parentId, String name, String abbreviation, int sortOrder, Validity validity) {
        this.parentId = parentId;
        this.name = name;
        this.abbreviation = abbreviation;
        this.sortOrder = sortOrder;
        this.validity = validity;
    }

    /** Ends the unit with its agency; a unit already ended earlier keeps its own end. */
    void endNoLaterThan(java.time.LocalDate lastDay) {
        boolean open = validity.to() == null || validity.to().isAfter(lastDay);
        if (open && !lastDay.isBefore(validity.from())) {
            validity = validity.endingOn(lastDay);
        }
    }

    public Long getId() { return id; }
    public Long getAgencyId() { return agencyId; }
    public Long getParentId() { return parentId; }
    public String getName() { return name; }
    public String getAbbreviation() { return abbreviation; }
    public int getSortOrder() { return sortOrder; }
    public Validity getValidity() { return validity; }
    public long getVersion() { return version; }
}
