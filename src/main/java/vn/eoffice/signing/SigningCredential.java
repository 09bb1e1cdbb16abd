package vn.eoffice.signing;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A signing key: a person's or an agency's PKCS#12 file as uploaded, with its image (signature or seal). */
@Entity
class SigningCredential {

    enum OwnerKind { PERSONAL, AGENCY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private OwnerKind ownerKind;
    private Long ownerId;
    private String pkcs12;
    private String passwordCipher;
    private Long imageFileId;
    private String subject;
    private String issuer;
    private String serialNumber;
    private Instant notAfter;
    private Long uploadedBy;
    private Instant uploadedAt;
    @Version
    private long version;

    protected SigningCredential() {
    }

    SigningCredential(OwnerKind ownerKind, Long ownerId) {
        this.ownerKind = ownerKind;
        this.ownerId = ownerId;
    }

    void replace(byte[] file, X509Certificate certificate, String passwordCipher, Long uploadedBy, Instant now) {
        this.pkcs12 = Base64.getEncoder().encodeToString(file);
        this.passwordCipher = passwordCipher;
        this.subject = certificate.getSubjectX500Principal().getName();
        this.issuer = certificate.getIssuerX500Principal().getName();
        this.serialNumber = certificate.getSerialNumber().toString(16);
        this.notAfter = certificate.getNotAfter().toInstant();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    void image(Long fileId) {
        this.imageFileId = fileId;
    }

    byte[] file() {
        return Base64.getDecoder().decode(pkcs12);
    }

    CredentialSummary summary() {
        return new CredentialSummary(id, ownerKind == OwnerKind.AGENCY, ownerId, subject, issuer,
                new BigInteger(serialNumber, 16).toString(16).toUpperCase(), notAfter, imageFileId != null,
                uploadedAt);
    }

    Long getId() { return id; }
    OwnerKind getOwnerKind() { return ownerKind; }
    Long getOwnerId() { return ownerId; }
    String getPasswordCipher() { return passwordCipher; }
    Long getImageFileId() { return imageFileId; }
}
