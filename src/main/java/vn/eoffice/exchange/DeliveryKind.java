package vn.eoffice.exchange;

/** What a package to deliver carries: a document, a recall, a status, an update or a replacement of a document. */
public enum DeliveryKind {
    DOCUMENT, RECALL, STATUS, UPDATE, REPLACE;

    /** The kinds that carry a document, whose statuses form a timeline for the sender. */
    static final java.util.Set<DeliveryKind> DELIVERIES = java.util.EnumSet.of(DOCUMENT, UPDATE, REPLACE);
}
