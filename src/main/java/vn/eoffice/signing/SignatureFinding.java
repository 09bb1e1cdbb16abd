package vn.eoffice.signing;

import java.time.Instant;

/**
 * What verification found about one signature of a PDF.
 *
 * @param signer          the certificate's common name
 * @param organisation    the certificate's organisation, if any
 * @param signingTime     from a time-stamp token if present, else the signed attribute or the signature dictionary
 * @param timeStamped     whether an RFC 3161 time-stamp token vouches for the time
 * @param intact          the signed byte range matches the signature (nothing inside it changed)
 * @param coversWholeFile the signed range ends at the end of the file
 * @param trusted         the certificate chains to an imported trust anchor
 * @param problem         a message key explaining the first problem, or null
 */
public record SignatureFinding(String signer, String organisation, Instant signingTime, boolean timeStamped,
        boolean intact, boolean coversWholeFile, boolean trusted, String problem) {

    public SignatureStatus status() {
        if (!intact) {
            return SignatureStatus.INVALID;
        }
        return trusted ? SignatureStatus.VALID : SignatureStatus.UNTRUSTED;
    }
}
