package vn.eoffice.people;

/** A training plan is drafted and adjusted by the personnel office, then approved; items are then done. */
public enum PlanStatus {
    DRAFT, APPROVED;

    /** Still being adjusted: items may be added or removed, and it may be approved. */
    public boolean draft() {
        return this == DRAFT;
    }

    /** Approved: its items are now marked done as courses are taken. */
    public boolean approved() {
        return this == APPROVED;
    }
}
