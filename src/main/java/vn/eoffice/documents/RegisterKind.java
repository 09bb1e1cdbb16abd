package vn.eoffice.documents;

/**
 * Sổ văn bản đến, đi, nội bộ.
 */
public enum RegisterKind {
    INCOMING, OUTGOING, INTERNAL
}
