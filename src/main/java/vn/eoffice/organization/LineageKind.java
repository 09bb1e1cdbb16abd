package vn.eoffice.organization;

/** A change in the organisation's lineage: agencies merged, split, renamed, or dissolved (giải thể). */
public enum LineageKind {
    MERGE, SPLIT, RENAME,
    /** Giải thể: the predecessors end, nothing succeeds them. */
    DISSOLUTION
}
