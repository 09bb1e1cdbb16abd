package vn.eoffice.people;

/** A training plan is drafted and adjusted by the personnel office, then approved; items are then done. */
public enum PlanStatus {
    DRAFT, APPROVED
}
