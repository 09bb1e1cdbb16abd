package vn.eoffice.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A file attached to a unit's report, held by its id in the files module.
 */
@Embeddable
public record ReportFile(@Column(name = "file_id") Long fileId, @Column(name = "name") String name) {
}
