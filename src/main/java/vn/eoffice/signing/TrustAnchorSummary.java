package vn.eoffice.signing;

import java.time.Instant;

/** An imported trust anchor as the administration page lists it. */
public record TrustAnchorSummary(Long id, String subject, String fingerprint, Instant notAfter,
        Instant importedAt) {

    static TrustAnchorSummary of(TrustAnchorEntry entry) {
        return new TrustAnchorSummary(entry.getId(), entry.getSubject(), entry.getFingerprint(),
                entry.getNotAfter(), entry.getImportedAt());
    }
}
