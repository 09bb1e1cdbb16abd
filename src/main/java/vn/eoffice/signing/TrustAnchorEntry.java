package vn.eoffice.signing;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A certificate an administrator trusts as the root of signers' chains (e.g. a Vietnamese root CA). */
@Entity
@Table(name = "signing_trust_anchor")
class TrustAnchorEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String subject;
    private String fingerprint;
    private String certificate;
    private Instant notAfter;
    private Long importedBy;
    private Instant importedAt;

    protected TrustAnchorEntry() {
    }

    TrustAnchorEntry(X509Certificate certificate, String fingerprint, Long importedBy, Instant now) {
        try {
            this.certificate = Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalArgumentException(e);
        }
        this.subject = certificate.getSubjectX500Principal().getName();
        this.fingerprint = fingerprint;
        this.notAfter = certificate.getNotAfter().toInstant();
        this.importedBy = importedBy;
        this.importedAt = now;
    }

    X509Certificate certificate() {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(certificate)));
        } catch (CertificateException e) {
            throw new IllegalStateException(e);
        }
    }

    public Long getId() { return id; }
    public String getSubject() { return subject; }
    public String getFingerprint() { return fingerprint; }
    public Instant getNotAfter() { return notAfter; }
    public Instant getImportedAt() { return importedAt; }
}
