package vn.eoffice.identity;

/**
 * The authority an agency gives a person who is not one of its leaders to sign its documents (DOMAIN.md §8):
 * K/T for a deputy signing for the head, T/L by order, TUQ by authorisation, Q. while acting. Leaders sign by their
 * office and need none.
 */
public enum SigningAuthority {
    /** K/T (ký thay). */
    DEPUTY("K/T"),
    /** T/L (thừa lệnh). */
    BY_ORDER("T/L"),
    /** TUQ (thừa ủy quyền). */
    BY_AUTHORISATION("TUQ"),
    /** Q. (quyền). */
    ACTING("Q.");

    private final String abbreviation;

    SigningAuthority(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    public String abbreviation() {
        return abbreviation;
    }

    public String messageKey() {
        return "signingAuthority." + name();
    }
}
