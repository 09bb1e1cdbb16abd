package vn.eoffice.documents;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A file of a document, held by its id in the files module: the main file or an attachment (phụ lục).
 */
@Embeddable
public record DocumentFile(Long fileId, @Enumerated(EnumType.STRING) Kind kind, int position, String name) {

    public enum Kind { MAIN, ATTACHMENT }

    /** The document itself, not an attachment. */
    public boolean main() {
        return kind == Kind.MAIN;
    }
}
