package vn.eoffice.signing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.Outcome;
import vn.eoffice.files.FileStorage;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.EOfficeProperties;
import vn.eoffice.platform.SecretBox;
import vn.eoffice.signing.SigningCredential.OwnerKind;

/**
 * The signing module's facade: signing keys (a person's own PKCS#12, the agency's configured by an administrator)
 * and PAdES signatures on stored PDF files. Every signature yields a new file; the signed one is never changed.
 */
@Service
@Transactional
public class SigningService {

    static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final SigningCredentials credentials;
    private final FileStorage storage;
    private final OrganizationDirectory organization;
    private final SecretBox secrets;
    private final TimeStamping timeStamping;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;

    SigningService(SigningCredentials credentials, FileStorage storage, OrganizationDirectory organization,
            SecretBox secrets, TimeStamping timeStamping, AuditLog audit, Clock clock,
            EOfficeProperties properties) {
        this.credentials = credentials;
        this.storage = storage;
        this.organization = organization;
        this.secrets = secrets;
        this.timeStamping = timeStamping;
        this.audit = audit;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    /**
     * The user's own key: the PKCS#12 file is checked (password, validity, key usage) and kept as uploaded; the
     * password is not kept. The signature image, when given, must be a transparent PNG.
     */
    public CredentialSummary uploadPersonalKey(CurrentUser user, byte[] pkcs12, char[] password, byte[] image,
            String imageName) {
        var existing = credentials.findByOwnerKindAndOwnerId(OwnerKind.PERSONAL, user.id());
        if (existing.isEmpty() && (image == null || image.length == 0)) {
            throw new DomainException("signing.image.required");
        }
        var opened = openForUpload(pkcs12, password, "SIGNING_KEY_REFUSED", user.id());
        var credential = existing.orElseGet(() -> new SigningCredential(OwnerKind.PERSONAL, user.id()));
        credential.replace(pkcs12, opened.certificate(), null, user.id(), Instant.now(clock));
        if (image != null && image.length > 0) {
            credential.image(storeImage(image, imageName, user.id()));
        }
        credential = credentials.save(credential);
        audit.record("SIGNING_KEY_UPLOADED", "USER", user.id(), credential.summary().subject());
        return credential.summary();
    }

    /** The agency's key and seal (administrators); its password is kept encrypted under the master key. */
    public CredentialSummary configureAgencyKey(CurrentUser admin, Long agencyId, byte[] pkcs12, char[] password,
            byte[] seal, String sealName) {
        if (!admin.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("administrators configure the agency key");
        }
        organization.agency(agencyId);
        var existing = credentials.findByOwnerKindAndOwnerId(OwnerKind.AGENCY, agencyId);
        if (existing.isEmpty() && (seal == null || seal.length == 0)) {
            throw new DomainException("signing.seal.required");
        }
        var opened = openForUpload(pkcs12, password, "AGENCY_KEY_REFUSED", agencyId);
        var credential = existing.orElseGet(() -> new SigningCredential(OwnerKind.AGENCY, agencyId));
        credential.replace(pkcs12, opened.certificate(), secrets.seal(password), admin.id(), Instant.now(clock));
        if (seal != null && seal.length > 0) {
            credential.image(storeImage(seal, sealName, admin.id()));
        }
        credential = credentials.save(credential);
        audit.record("AGENCY_KEY_CONFIGURED", "AGENCY", agencyId, credential.summary().subject());
        return credential.summary();
    }

    /** The user removes their own key; they can then only confirm paper signatures until they install another. */
    public void removePersonalKey(CurrentUser user) {
        credentials.findByOwnerKindAndOwnerId(OwnerKind.PERSONAL, user.id()).ifPresent(credential -> {
            credentials.delete(credential);
            audit.record("SIGNING_KEY_REMOVED", "USER", user.id(), credential.summary().subject());
        });
    }

    /** An administrator removes the agency's key: released documents then carry no agency signature. */
    public void removeAgencyKey(CurrentUser admin, Long agencyId) {
        if (!admin.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("administrators configure the agency key");
        }
        credentials.findByOwnerKindAndOwnerId(OwnerKind.AGENCY, agencyId).ifPresent(credential -> {
            credentials.delete(credential);
            audit.record("AGENCY_KEY_REMOVED", "AGENCY", agencyId, credential.summary().subject());
        });
    }

    @Transactional(readOnly = true)
    public Optional<CredentialSummary> personalKey(Long userId) {
        return credentials.findByOwnerKindAndOwnerId(OwnerKind.PERSONAL, userId).map(SigningCredential::summary);
    }

    @Transactional(readOnly = true)
    public Optional<CredentialSummary> agencyKey(Long agencyId) {
        return credentials.findByOwnerKindAndOwnerId(OwnerKind.AGENCY, agencyId).map(SigningCredential::summary);
    }

    /** The image shown in a signature (the user's signature or the agency's seal), for previews. */
    @Transactional(readOnly = true)
    public Optional<byte[]> image(Long credentialId) {
        return credentials.findById(credentialId).map(SigningCredential::getImageFileId).map(this::bytes);
    }

    /**
     * The signer signs a PDF with their own key, unlocked by the password for this signing only; the visible
     * signature (their image) goes above their name on the last page. Returns the new file's id.
     */
    public Long signAsPerson(CurrentUser signer, Long fileId, char[] password, String reason) {
        return signAsPerson(signer, fileId, password, reason, List.of());
    }

    /**
     * As {@link #signAsPerson(CurrentUser, Long, char[], String)}; a signer without a signature image gets a text
     * appearance headed by {@code heading}: the signing authority and the signer's title ({@code K/T TRƯỞNG BAN},
     * {@code PHÓ TRƯỞNG BAN}), then their name and the signing time. With an image, the document's own signature
     * block already carries the heading above it.
     */
    public Long signAsPerson(CurrentUser signer, Long fileId, char[] password, String reason,
            List<String> heading) {
        var credential = credentials.findByOwnerKindAndOwnerId(OwnerKind.PERSONAL, signer.id())
                .orElseThrow(() -> new DomainException("signing.key.none"));
        var now = Instant.now(clock);
        Pkcs12Signer key;
        try {
            key = Pkcs12Signer.open(credential.file(), password, now, zone);
        } catch (SigningFailedException e) {
            audit.recordAttempt("DOCUMENT_SIGNING_REFUSED", "FILE", fileId, e.messageKey(), Outcome.DENIED);
            throw e;
        }
        return signWith(key, signer, fileId, reason, heading);
    }

    /**
     * A personal signature made by an external device or service (USB token plug-in, remote signing): the
     * signer's identity comes from the device's certificate, which must be fit for signing.
     */
    public Long signWith(ExternalSigner device, CurrentUser signer, Long fileId, String reason) {
        return signWith(device, signer, fileId, reason, List.of());
    }

    /**
     * As {@link #signWith(ExternalSigner, CurrentUser, Long, String)}, the text appearance headed by
     * {@code heading}.
     */
    public Long signWith(ExternalSigner device, CurrentUser signer, Long fileId, String reason,
            List<String> heading) {
        var now = Instant.now(clock);
        Pkcs12Signer.check(device.certificateChain().get(0), now, zone);
        Long imageFileId = credentials.findByOwnerKindAndOwnerId(OwnerKind.PERSONAL, signer.id())
                .map(SigningCredential::getImageFileId).orElse(null);
        byte[] image = imageFileId == null ? null : bytes(imageFileId);
        var lines = new java.util.ArrayList<String>();
        if (image == null) {
            lines.addAll(heading == null ? List.of() : heading);
            lines.add(signer.fullName());
            lines.add(iso(now));
        }
        var appearance = new SignatureAppearance(SignatureAppearance.Kind.PERSONAL, image, List.copyOf(lines),
                signer.fullName());
        Long signed = store(fileId, sign(bytes(fileId), device, appearance, now, reason), signer.id());
        audit.record("FILE_SIGNED", "FILE", signed, "personal; from file " + fileId + "; "
                + PdfSigner.commonName(device));
        return signed;
    }

    /**
     * The agency's organisation signature on the released main file, after the number and date are issued: the
     * seal overlaps the left third of the signer's signature and the notation and signing time are shown.
     */
    public Long signForAgency(Long agencyId, Long fileId, String notation, String signerName, Long actorId) {
        return agencySignature(agencyId, fileId, notation, signerName, actorId, false);
    }

    /** The agency's signature on an attachment in a separate file: top right of page 1, no image. */
    public Long signAttachmentForAgency(Long agencyId, Long fileId, String notation, Long actorId) {
        return agencySignature(agencyId, fileId, notation, null, actorId, true);
    }

    /** The configured RFC 3161 time-stamping authority, if any. */
    @Transactional(readOnly = true)
    public Optional<String> timeStampingAuthority() {
        return timeStamping.authority();
    }

    /** Whether the stored file is a PDF (only PDFs are signed). */
    @Transactional(readOnly = true)
    public boolean isPdf(Long fileId) {
        return "application/pdf".equals(storage.find(fileId).mediaType());
    }

    private char[] agencyKeyPassword(SigningCredential credential) {
        try {
            return secrets.open(credential.getPasswordCipher());
        } catch (SecretBox.Unreadable e) {
            throw new SigningFailedException("signing.agency.masterKey", e);
        }
    }

    private Long agencySignature(Long agencyId, Long fileId, String notation, String signerName, Long actorId,
            boolean attachment) {
        var credential = credentials.findByOwnerKindAndOwnerId(OwnerKind.AGENCY, agencyId)
                .orElseThrow(() -> new DomainException("signing.agency.none"));
        var now = Instant.now(clock);
        var key = Pkcs12Signer.open(credential.file(), agencyKeyPassword(credential), now, zone);
        var agency = organization.agency(agencyId);
        var lines = List.of(agency.name(), "Số: " + notation, iso(now));
        var appearance = attachment
                ? new SignatureAppearance(SignatureAppearance.Kind.ATTACHMENT, null, lines, null)
                : new SignatureAppearance(SignatureAppearance.Kind.ORGANISATION,
                        credential.getImageFileId() == null ? null : bytes(credential.getImageFileId()),
                        List.of("Số: " + notation, iso(now)), signerName);
        Long signed = store(fileId, sign(bytes(fileId), key, appearance, now, "Phát hành " + notation), actorId);
        audit.record("FILE_SIGNED", "FILE", signed, (attachment ? "agency, attachment" : "agency") + "; from file "
                + fileId + "; " + notation);
        return signed;
    }

    private byte[] sign(byte[] pdf, ExternalSigner signer, SignatureAppearance appearance, Instant now,
            String reason) {
        return PdfSigner.sign(pdf, timeStamping.around(signer), appearance, now, zone, reason);
    }

    String iso(Instant instant) {
        return ISO.format(instant.atZone(zone).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS));
    }

    private Pkcs12Signer openForUpload(byte[] pkcs12, char[] password, String refusal, Long objectId) {
        try {
            return Pkcs12Signer.open(pkcs12, password, Instant.now(clock), zone);
        } catch (SigningFailedException e) {
            audit.recordAttempt(refusal, "SIGNING_KEY", objectId, e.messageKey(), Outcome.DENIED);
            throw e;
        }
    }

    private Long storeImage(byte[] image, String name, Long uploaderId) {
        BufferedImage decoded;
        try {
            decoded = ImageIO.read(new ByteArrayInputStream(image));
        } catch (IOException e) {
            decoded = null;
        }
        if (decoded == null || image.length < 8 || image[1] != 'P' || image[2] != 'N' || image[3] != 'G') {
            throw new DomainException("signing.image.png");
        }
        if (!decoded.getColorModel().hasAlpha()) {
            throw new DomainException("signing.image.transparent");
        }
        return storage.store(name == null || name.isBlank() ? "chu-ky.png" : name, new ByteArrayInputStream(image),
                uploaderId).id();
    }

    private Long store(Long sourceFileId, byte[] signed, Long actorId) {
        var source = storage.find(sourceFileId);
        return storage.store(source.name(), new ByteArrayInputStream(signed), actorId).id();
    }

    private byte[] bytes(Long fileId) {
        try (InputStream in = storage.open(fileId)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
