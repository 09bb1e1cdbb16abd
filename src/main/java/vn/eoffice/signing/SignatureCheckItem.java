package vn.eoffice.signing;

import java.time.Instant;

import jakarta.persistence.Embeddable;

/** One signature as a check found it; {@code problem} is a message key or null. */
@Embeddable
public record SignatureCheckItem(int position, String signer, String organisation, Instant signingTime,
        boolean timeStamped, boolean intact, boolean coversWholeFile, boolean trusted, String problem) {

    static SignatureCheckItem of(int position, SignatureFinding finding) {
        return new SignatureCheckItem(position, finding.signer(), finding.organisation(), finding.signingTime(),
                finding.timeStamped(), finding.intact(), finding.coversWholeFile(), finding.trusted(),
                finding.problem());
    }

    public SignatureStatus status() {
        return !intact ? SignatureStatus.INVALID : trusted ? SignatureStatus.VALID : SignatureStatus.UNTRUSTED;
    }
}
