package vn.eoffice.succession;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.eoffice.organization.SearchText;

/** A post planned for (chức danh quy hoạch) and its level. */
@Entity
@Table(name = "succession_post")
class SuccessionPost {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private Long agencyId;
    private String name;
    private Long unitId;
    private Long positionId;
    @Enumerated(EnumType.STRING)
    @Column(name = "leadership_level")
    private LeadershipLevel level;

    protected SuccessionPost() {
    }

    SuccessionPost(Long agencyId, String name, Long unitId, Long positionId, LeadershipLevel level) {
        this.agencyId = agencyId;
        this.name = name.trim();
        this.unitId = unitId;
        this.positionId = positionId;
        this.level = level;
    }

    /** Whether a cadre with this job position, or this title, holds the post now. */
    boolean heldBy(java.util.List<Long> positionIds, String title) {
        return (positionId != null && positionIds.contains(positionId))
                || (title != null && SearchText.fold(title).startsWith(SearchText.fold(name)));
    }

    PostView view(String unitName) {
        return new PostView(id, name, unitId, unitName, positionId, level);
    }

    Long getId() { return id; }
    Long getAgencyId() { return agencyId; }
    String getName() { return name; }
    Long getUnitId() { return unitId; }
    LeadershipLevel getLevel() { return level; }
}
