package vn.eoffice.identity;

/**
 * What a person wants to do with a protected record.
 */
public enum Permission {
    /** See that the record exists and read it. */
    VIEW,
    /** Act on it: process, comment, change. */
    EDIT,
    /** Configure it (registers, settings); never grants reading content. */
    ADMINISTER
}
