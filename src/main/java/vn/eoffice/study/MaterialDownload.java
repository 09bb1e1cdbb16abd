package vn.eoffice.study;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Who downloaded which material, for which committee (none for the organiser's own people), and when. */
@Entity
@Table(name = "study_material_download")
class MaterialDownload {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long materialId;
    private Long committeeId;
    private Long agencyId;
    private Long userId;
    private Instant downloadedAt;

    protected MaterialDownload() {
    }

    MaterialDownload(Long materialId, Long committeeId, Long agencyId, Long userId, Instant at) {
        this.materialId = materialId;
        this.committeeId = committeeId;
        this.agencyId = agencyId;
        this.userId = userId;
        this.downloadedAt = at;
    }
}
