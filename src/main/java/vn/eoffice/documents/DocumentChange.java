package vn.eoffice.documents;

import java.time.Instant;

/**
 * A document and the time of its latest change (the newest step on its timeline), for projections that catch up
 * after a start with what they may have missed.
 */
public record DocumentChange(Long documentId, Instant changedAt) {
}
