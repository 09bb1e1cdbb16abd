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
    ADMINISTER,
    /**
     * Sign it for the agency (ký ban hành): leaders by their office, others by the authority the agency gave them.
     * Never through an absence delegation: a signature is personal.
     */
    SIGN
}
