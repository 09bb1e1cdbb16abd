package vn.eoffice.people;

/** The decision behind a position held: bổ nhiệm, điều động, biệt phái, nghỉ hưu. */
public enum DecisionKind {
    APPOINTMENT, TRANSFER, SECONDMENT, RETIREMENT
}
