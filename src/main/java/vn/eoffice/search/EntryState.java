package vn.eoffice.search;

import java.time.Instant;

/** A search entry's time and whether it holds text; {@code files} counts the document's files it knows of. */
record EntryState(Long documentId, Instant updatedAt, boolean withoutText, int files) {

    /** Older than the document's latest change, or without text although the document has files. */
    boolean behind(Instant changedAt) {
        return updatedAt.isBefore(changedAt) || (withoutText && files > 0);
    }
}
