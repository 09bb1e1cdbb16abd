package vn.eoffice.exchange;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
import jakarta.persistence.Version;

import vn.eoffice.platform.DomainException;

/**
 * An agency reachable by exchange (đơn vị kết nối): its mã định danh, the URL of its receive endpoint and the
 * certificate its packages must be signed with.
 */
@Entity
@Table(name = "exchange_peer")
class Peer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String organId;
    private String name;
    private String endpointUrl;
    private String certificatePem;
    private String certificateSubject;
    private Instant certificateExpiresAt;
    private boolean enabled;
    private Instant updatedAt;
    @Version
    private long version;

    protected Peer() {
    }

    Peer(String organId, String name, String endpointUrl, X509Certificate certificate, boolean enabled, Instant now) {
        this.organId = organId.trim();
        update(name, endpointUrl, certificate, enabled, now);
    }

    void update(String name, String endpointUrl, X509Certificate certificate, boolean enabled, Instant now) {
        this.name = name.trim();
        this.endpointUrl = endpointUrl.trim();
        if (certificate != null) {
            this.certificatePem = pem(certificate);
            this.certificateSubject = certificate.getSubjectX500Principal().getName();
            this.certificateExpiresAt = certificate.getNotAfter().toInstant();
        }
        this.enabled = enabled;
        this.updatedAt = now;
    }

    public X509Certificate certificate() {
        return parse(certificatePem.getBytes(StandardCharsets.US_ASCII));
    }

    /** A certificate from PEM or DER bytes; a clear refusal otherwise. */
    static X509Certificate parse(byte[] bytes) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(bytes));
        } catch (CertificateException | ClassCastException e) {
            throw new DomainException("exchange.peer.certificate.invalid");
        }
    }

    static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Long getId() { return id; }
    public String getOrganId() { return organId; }
    public String getName() { return name; }
    public String getEndpointUrl() { return endpointUrl; }
    public String getCertificatePem() { return certificatePem; }
    public String getCertificateSubject() { return certificateSubject; }
    public Instant getCertificateExpiresAt() { return certificateExpiresAt; }
    public boolean isEnabled() { return enabled; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
