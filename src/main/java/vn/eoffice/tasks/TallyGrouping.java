package vn.eoffice.tasks;

/**
 * How the dashboard groups tasks: by owning unit (top-level tasks only, so a breakdown inside a unit is not counted
 * twice), by the person who leads them (every level), or by the monitored Party document they implement.
 */
public enum TallyGrouping {
    UNIT, PERSON, MONITORED_DOCUMENT
}
