package vn.eoffice.signing;

import java.time.Instant;

/** A configured signing key as pages show it (never the key or its password). */
public record CredentialSummary(Long id, boolean agency, Long ownerId, String subject, String issuer,
        String serialNumber, Instant notAfter, boolean hasImage, Instant uploadedAt) {
}
