package vn.eoffice.documents.outgoing;

import vn.eoffice.platform.SigningAuthority;
import vn.eoffice.platform.SigningCapacity;

/**
 * The signing authority chosen with a draft's circuit: {@code authority} null leaves it to the signer's position,
 * {@link SigningAuthority#NONE} has the head sign in their own name, any other needs its line ({@code TRƯỞNG BAN}).
 */
public record SigningChoice(SigningAuthority authority, String line) {

    /** The capacity chosen, or null for "by the signer's position"; refused when the line is missing or invalid. */
    SigningCapacity capacity() {
        return authority == null ? null : SigningCapacity.choose(authority, line);
    }
}
