package vn.eoffice.tasks;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A file attached to a progress update, held by its id in the files module and its display name.
 */
@Embeddable
public record TaskFile(@Column(name = "file_id") Long fileId, @Column(name = "name") String name) {

    /** At most this many files on one progress update. */
    public static final int MAX_PER_UPDATE = 10;
}
