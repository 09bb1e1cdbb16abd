package vn.eoffice.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.files.FileStorage;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.platform.DomainException;

/**
 * Verifies the signatures of stored PDF files (signer, organisation, time, integrity of the signed range, changes
 * after signing, chain to the imported trust anchors) and keeps each result. Callers decide who may see a file.
 */
@Service
@Transactional
public class SignatureVerification {

    private final SignatureChecks checks;
    private final TrustAnchors anchors;
    private final FileStorage storage;
    private final AuditLog audit;
    private final Clock clock;

    SignatureVerification(SignatureChecks checks, TrustAnchors anchors, FileStorage storage, AuditLog audit,
            Clock clock) {
        this.checks = checks;
        this.anchors = anchors;
        this.storage = storage;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Checks a stored file now and keeps the result; a file that is not a PDF is reported unsigned. A check someone
     * asked for ({@code checkedBy}) is audited; the automatic one after registration is kept as its result only.
     */
    public SignatureCheckResult check(Long fileId, Long checkedBy) {
        var file = storage.find(fileId);
        List<SignatureFinding> findings = "application/pdf".equals(file.mediaType())
                ? PdfSignatureVerifier.verify(bytes(fileId), this::trustAnchors) : List.of();
        var check = checks.save(new SignatureCheck(fileId, findings, Instant.now(clock), checkedBy));
        if (checkedBy != null) {
            // a person asked for it; the automatic check after registration is recorded by its result alone
            audit.record("SIGNATURES_CHECKED", "FILE", fileId, check.getStatus() + ", " + findings.size()
                    + " signature(s)");
        }
        return SignatureCheckResult.of(check);
    }

    @Transactional(readOnly = true)
    public Optional<SignatureCheckResult> latest(Long fileId) {
        return checks.findFirstByFileIdOrderByCheckedAtDescIdDesc(fileId).map(SignatureCheckResult::of);
    }

    /** The latest check of each of the files that has one. */
    @Transactional(readOnly = true)
    public Map<Long, SignatureCheckResult> latest(Collection<Long> fileIds) {
        var latest = new LinkedHashMap<Long, SignatureCheckResult>();
        if (!fileIds.isEmpty()) {
            checks.findByFileIdInOrderByCheckedAtDescIdDesc(fileIds)
                    .forEach(c -> latest.computeIfAbsent(c.getFileId(), id -> SignatureCheckResult.of(c)));
        }
        return latest;
    }

    /** Imports a trusted root (PEM or DER); administrators only. */
    public TrustAnchorSummary importTrustAnchor(CurrentUser admin, byte[] encoded) {
        requireAdmin(admin);
        X509Certificate certificate = parse(encoded);
        String fingerprint = fingerprint(certificate);
        if (anchors.existsByFingerprint(fingerprint)) {
            throw new DomainException("signing.anchor.duplicate");
        }
        var entry = anchors.save(new TrustAnchorEntry(certificate, fingerprint, admin.id(), Instant.now(clock)));
        audit.record("TRUST_ANCHOR_IMPORTED", "TRUST_ANCHOR", entry.getId(), entry.getSubject());
        return TrustAnchorSummary.of(entry);
    }

    public void removeTrustAnchor(CurrentUser admin, Long id) {
        requireAdmin(admin);
        anchors.findById(id).ifPresent(entry -> {
            anchors.delete(entry);
            audit.record("TRUST_ANCHOR_REMOVED", "TRUST_ANCHOR", id, entry.getSubject());
        });
    }

    @Transactional(readOnly = true)
    public List<TrustAnchorSummary> trustAnchors(CurrentUser admin) {
        requireAdmin(admin);
        return anchors.findAllByOrderBySubjectAsc().stream().map(TrustAnchorSummary::of).toList();
    }

    private Collection<X509Certificate> trustAnchors() {
        return anchors.findAll().stream().map(TrustAnchorEntry::certificate).toList();
    }

    static X509Certificate parse(byte[] encoded) {
        if (encoded == null || encoded.length == 0) {
            throw new DomainException("signing.anchor.required");
        }
        try (InputStream in = new ByteArrayInputStream(pemOrDer(encoded))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (CertificateException | IOException | ClassCastException e) {
            throw new DomainException("signing.anchor.unreadable");
        }
    }

    private static byte[] pemOrDer(byte[] encoded) {
        String text = new String(encoded, StandardCharsets.US_ASCII);
        return text.contains("-----BEGIN") ? text.getBytes(StandardCharsets.US_ASCII) : encoded;
    }

    static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("administrators manage trust anchors");
        }
    }

    private byte[] bytes(Long fileId) {
        try (InputStream in = storage.open(fileId)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
