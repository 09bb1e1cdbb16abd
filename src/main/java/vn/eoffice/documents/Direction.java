package vn.eoffice.documents;

/**
 * Văn bản đến, đi, nội bộ.
 */
public enum Direction {
    INCOMING, OUTGOING, INTERNAL
}
