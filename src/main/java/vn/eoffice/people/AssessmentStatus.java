package vn.eoffice.people;

/** Where a competency assessment stands: sent by the person and waiting for review, or reviewed (final). */
public enum AssessmentStatus {
    SUBMITTED, REVIEWED
}
