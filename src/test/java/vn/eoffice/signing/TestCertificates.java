package vn.eoffice.signing;

import java.security.cert.CertificateEncodingException;

import vn.eoffice.identity.CurrentUser;

/** For tests outside this package: installs a personal key (password demo123), the agency key and the test CA. */
public final class TestCertificates {

    private TestCertificates() {
    }

    public static void install(SigningService signing, SignatureVerification verification, CurrentUser signer,
            CurrentUser admin) {
        signing.uploadPersonalKey(signer, TestKeys.PKI.issue(signer.fullName(), "Ban Tuyên giáo và Dân vận",
                TestKeys.PASSWORD), TestKeys.PASSWORD, DemoPki.signatureImage(signer.username()), "chu-ky.png");
        signing.configureAgencyKey(admin, admin.agencyId(), TestKeys.PKI.issue("Ban Tuyên giáo và Dân vận Tỉnh ủy",
                "Ban Tuyên giáo và Dân vận Tỉnh ủy", TestKeys.PASSWORD), TestKeys.PASSWORD, DemoPki.sealImage("Ban"),
                "con-dau.png");
        try {
            verification.importTrustAnchor(admin, TestKeys.PKI.caCertificate().getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Undoes {@link #install}: the signer's key, the agency key and every trust anchor of the admin's agency. */
    public static void remove(SigningService signing, SignatureVerification verification, CurrentUser signer,
            CurrentUser admin) {
        signing.removePersonalKey(signer);
        signing.removeAgencyKey(admin, admin.agencyId());
        verification.trustAnchors(admin).forEach(a -> verification.removeTrustAnchor(admin, a.id()));
    }
}
