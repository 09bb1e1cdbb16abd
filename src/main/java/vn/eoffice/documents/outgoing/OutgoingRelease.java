package vn.eoffice.documents.outgoing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.Outcome;
import vn.eoffice.documents.Direction;
import vn.eoffice.documents.Document;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.documents.DocumentRecalled;
import vn.eoffice.documents.DocumentFile;
import vn.eoffice.documents.DocumentReleased;
import vn.eoffice.documents.DocumentStatus;
import vn.eoffice.documents.NumberRequest;
import vn.eoffice.documents.Participant;
import vn.eoffice.documents.ParticipantRole;
import vn.eoffice.documents.RegisterKind;
import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Permission;
import vn.eoffice.identity.Role;
import vn.eoffice.platform.SigningAuthority;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;
import vn.eoffice.platform.SigningCapacity;
import vn.eoffice.signing.SignatureVerification;
import vn.eoffice.signing.SigningService;

/**
 * After approval: the signer signs, the clerk releases (number and date from the register, delivery to internal
 * recipients, external ones listed for sending, the file copy kept), and a released document may be recalled.
 */
@Service
@Transactional
public class OutgoingRelease {

    private final OutgoingManagement drafts;
    private final OutgoingDocuments documents;
    private final OutgoingRecords records;
    private final DocumentVersions versions;
    private final ReviewSteps steps;
    private final DocumentRecipients recipients;
    private final SigningService signing;
    private final SigningCapacities capacities;
    private final SignatureVerification verification;
    private final DocumentManagement management;
    private final RegisterManagement registers;
    private final OrganizationDirectory organization;
    private final AccessControl access;
    private final UserManagement users;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final CircuitNotices notices;

    OutgoingRelease(OutgoingManagement drafts, OutgoingDocuments documents, OutgoingRecords records,
            DocumentVersions versions, ReviewSteps steps, DocumentRecipients recipients, SigningService signing,
            SigningCapacities capacities, SignatureVerification verification,
            DocumentManagement management, RegisterManagement registers, OrganizationDirectory organization,
            AccessControl access, UserManagement users, AuditLog audit, ApplicationEventPublisher events,
            CircuitNotices notices, Clock clock) {
        this.notices = notices;
        this.drafts = drafts;
        this.documents = documents;
        this.records = records;
        this.versions = versions;
        this.steps = steps;
        this.recipients = recipients;
        this.signing = signing;
        this.capacities = capacities;
        this.verification = verification;
        this.management = management;
        this.registers = registers;
        this.organization = organization;
        this.access = access;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The signer confirms a paper signature; refused once the signer has a certificate (see ADR 0009). */
    public void sign(CurrentUser signer, Long documentId) {
        sign(signer, documentId, null);
    }

    /**
     * The signer of the approval step signs the last version: digitally with their own certificate, unlocked by the
     * password for this signing only (the signed file becomes a new, frozen version); a signer without a
     * certificate confirms the paper signature.
     */
    public void sign(CurrentUser signer, Long documentId, char[] password) {
        var document = drafts.outgoing(signer, documentId);
        boolean isSigner = steps.findByDocumentIdOrderByStepOrderAscIdAsc(documentId).stream()
                .anyMatch(s -> s.getKind() == ReviewStep.Kind.APPROVAL && s.getReviewerId().equals(signer.id()));
        if (!isSigner) {
            throw new AccessDeniedException("only the signer signs");
        }
        if (document.getStatus() != DocumentStatus.APPROVED) {
            throw new DomainException("outgoing.sign.notApproved");
        }
        if (!access.mayApprove(signer.id(), document.getCreatedBy())) {
            throw new DomainException("outgoing.sign.ownDraft");
        }
        if (!access.may(signer, Permission.SIGN, DocumentManagement.protection(document))) {
            throw new DomainException("outgoing.sign.noAuthority");
        }
        String authority = authorityOf(signer.roles().contains(Role.LEADER), signer.signingAuthority());
        var last = lastVersion(documentId);
        var now = Instant.now(clock);
        var capacity = document.getSigningCapacity() != null ? document.getSigningCapacity()
                : capacities.suggestedFor(signer.id());
        Long signedFile = last.getFileId();
        if (signing.personalKey(signer.id()).isPresent()) {
            if (!signing.isPdf(last.getFileId())) {
                throw new DomainException("signing.sign.pdfRequired");
            }
            if (password == null || password.length == 0) {
                throw new DomainException("signing.sign.passwordRequired");
            }
            signedFile = signing.signAsPerson(signer, last.getFileId(), password, "Ký ban hành",
                    signatureHeading(capacity, signer.title()));
            verification.check(signedFile, signer.id());
        }
        if (!signedFile.equals(last.getFileId())) {
            // a real signature yields a new file: it becomes a version of its own, the one released
            last = versions.save(new DocumentVersion(documentId, last.getVersionNo() + 1, signedFile, last.getName(),
                    signer.id(), now, "Đã ký số: " + signer.fullName()));
        }
        document.sign(signer.fullName(), signer.title(), capacity);
        record(documentId).signed(signer.id(), now, last.getVersionNo());
        String signedAs = "v" + last.getVersionNo() + (capacity.isNone() ? "" : ", " + capacity.text()) + ", "
                + authority;
        management.record(document, signer, "SIGNED", signedAs);
        audit.record("DOCUMENT_SIGNED", "DOCUMENT", documentId, signedAs, document.getSecrecy());
        notices.signed(document);
    }

    /** The head of the signature block, above the signature: {@code K/T TRƯỞNG BAN}, then the signer's title. */
    static List<String> signatureHeading(SigningCapacity capacity, String title) {
        var lines = new ArrayList<String>();
        if (capacity != null && !capacity.isNone()) {
            lines.add(capacity.text());
        }
        if (title != null && !title.isBlank()) {
            lines.add(title.strip().toUpperCase(Locale.forLanguageTag("vi")));
        }
        return lines;
    }

    /**
     * The clerk releases a signed document: the number is issued in this transaction, so a second release of the
     * same document (or a failure) leaves no number used.
     */
    public Document release(CurrentUser clerk, Long documentId, Long registerId) {
        if (!clerk.hasRole(Role.CLERK)) {
            throw new AccessDeniedException("clerks release documents");
        }
        var document = drafts.outgoing(clerk, documentId);
        if (document.getStatus() != DocumentStatus.SIGNED) {
            throw new DomainException("outgoing.release.notSigned");
        }
        checkChain(document);
        var register = registers.get(registerId);
        var kind = document.getDirection() == Direction.INTERNAL ? RegisterKind.INTERNAL : RegisterKind.OUTGOING;
        if (register.getKind() != kind || !register.getAgencyId().equals(document.getAgencyId())) {
            throw new DomainException("outgoing.release.wrongRegister");
        }
        LocalDate today = LocalDate.now(clock);
        var now = Instant.now(clock);
        var unit = organization.unit(document.getOwnerUnitId()).abbreviation();
        var number = registers.issue(registerId,
                new NumberRequest(document.getTypeCode(), document.getSecrecy(), today, unit));
        var signed = record(documentId);
        var copy = versions.findByDocumentIdOrderByVersionNoAsc(documentId).stream()
                .filter(v -> v.getVersionNo() == signed.getSignedVersionNo()).findFirst()
                .orElseGet(() -> lastVersion(documentId));
        Long releasedFile = signForAgency(clerk, document, copy, number.notation(), now);
        document.release(registerId, number, today, releasedFile, copy.getName());
        signed.released(clerk.id(), now, releasedFile);
        var delivered = recipients.findByDocumentIdOrderByIdAsc(documentId);
        for (var recipient : delivered) {
            if (recipient.isInternal()) {
                recipient.deliver(Recipient.Delivery.DELIVERED, now);
                document.include(recipient.getUserId() != null
                        ? Participant.user(recipient.getUserId(), ParticipantRole.RECIPIENT)
                        : Participant.unit(recipient.getUnitId(), ParticipantRole.RECIPIENT));
            } else {
                recipient.deliver(Recipient.Delivery.TO_SEND_MANUALLY, now);
            }
        }
        try {
            documents.saveAndFlush(document);
        } catch (OptimisticLockingFailureException e) {
            throw new DomainException("error.conflict");
        }
        management.record(document, clerk, "RELEASED", number.notation());
        audit.record("DOCUMENT_RELEASED", "DOCUMENT", documentId, number.notation(), document.getSecrecy());
        notices.released(document);
        events.publishEvent(new DocumentReleased(documentId, document.getAgencyId(), number.notation(), today,
                delivered.stream().filter(r -> r.getUserId() != null).map(Recipient::getUserId).toList(),
                delivered.stream().filter(r -> r.getUnitId() != null).map(Recipient::getUnitId).toList(),
                delivered.stream().filter(r -> r.getAgencyId() != null).map(Recipient::getAgencyId).toList()));
        return document;
    }

    /** The clerk or the signer recalls a released document; every delivery is withdrawn. */
    public void recall(CurrentUser user, Long documentId, String reason) {
        var document = drafts.outgoing(user, documentId);
        var record = record(documentId);
        if (!user.hasRole(Role.CLERK) && !user.id().equals(record.getSignedBy())) {
            throw new AccessDeniedException("the clerk or the signer recalls");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException("outgoing.recall.reasonRequired");
        }
        if (document.getStatus() != DocumentStatus.RELEASED) {
            throw new DomainException("outgoing.recall.notReleased");
        }
        var now = Instant.now(clock);
        document.recall();
        record.recalled(user.id(), now, reason.trim());
        recipients.findByDocumentIdOrderByIdAsc(documentId)
                .forEach(recipient -> recipient.deliver(Recipient.Delivery.WITHDRAWN, now));
        management.record(document, user, "RECALLED", reason.trim());
        audit.record("DOCUMENT_RECALLED", "DOCUMENT", documentId, reason.trim(), document.getSecrecy());
        events.publishEvent(new DocumentRecalled(documentId, document.getAgencyId(), document.getNotation(),
                reason.trim()));
    }

    /**
     * The clerk records that an external recipient the exchange does not reach got the released document outside
     * eOffice (by e-mail or by post), so the recipients list no longer says "to send".
     */
    public void markSentOutside(CurrentUser clerk, Long documentId, Long recipientId) {
        var document = drafts.outgoing(clerk, documentId);
        if (!clerk.hasRole(Role.CLERK)) {
            throw new AccessDeniedException("the clerk records sending");
        }
        if (document.getStatus() != DocumentStatus.RELEASED) {
            throw new DomainException("outgoing.sentOutside.notReleased");
        }
        var recipient = recipients.findById(recipientId).filter(r -> r.getDocumentId().equals(documentId))
                .orElseThrow(() -> new NotFoundException("recipient"));
        if (recipient.getDelivery() != Recipient.Delivery.TO_SEND_MANUALLY) {
            throw new DomainException("outgoing.sentOutside.notToSend");
        }
        recipient.deliver(Recipient.Delivery.SENT_BY_EMAIL, Instant.now(clock));
        management.record(document, clerk, "SENT_OUTSIDE", recipient.getName());
        audit.record("DOCUMENT_SENT_OUTSIDE", "DOCUMENT", documentId, recipient.getName(),
                document.getSecrecy());
    }

    /**
     * With the number and date issued, the agency's organisation signature goes on the released copy (a new version)
     * and, top right without image, on attachments in separate PDF files. Without an agency key nothing is added.
     */
    private Long signForAgency(CurrentUser clerk, Document document, DocumentVersion copy, String notation,
            Instant now) {
        if (signing.agencyKey(document.getAgencyId()).isEmpty()) {
            return copy.getFileId();
        }
        for (var file : document.getFiles()) {
            if (file.kind() == DocumentFile.Kind.ATTACHMENT && signing.isPdf(file.fileId())) {
                document.replaceFile(file.fileId(),
                        signing.signAttachmentForAgency(document.getAgencyId(), file.fileId(), notation, clerk.id()));
            }
        }
        if (!signing.isPdf(copy.getFileId())) {
            return copy.getFileId();
        }
        Long sealed = signing.signForAgency(document.getAgencyId(), copy.getFileId(), notation,
                document.getSignerName(), clerk.id());
        verification.check(sealed, clerk.id());
        versions.save(new DocumentVersion(document.getId(), lastVersion(document.getId()).getVersionNo() + 1, sealed,
                copy.getName(), clerk.id(), now, "Chữ ký số của cơ quan khi phát hành, số " + notation));
        return sealed;
    }

    /**
     * Before a number and the agency's seal go on a document, the whole chain is checked again: every review step
     * approved, none by the drafter, signed by the circuit's signer, who is not the drafter and may sign.
     */
    private void checkChain(Document document) {
        var circuit = steps.findByDocumentIdOrderByStepOrderAscIdAsc(document.getId());
        Long signedBy = record(document.getId()).getSignedBy();
        var signer = circuit.stream().filter(s -> s.getKind() == ReviewStep.Kind.APPROVAL).findFirst();
        boolean intact = !circuit.isEmpty() && signedBy != null && signer.isPresent()
                && signer.get().getReviewerId().equals(signedBy)
                && circuit.stream().allMatch(s -> s.getStatus() == ReviewStep.Status.APPROVED
                        && access.mayApprove(s.getReviewerId(), document.getCreatedBy()))
                && access.maySign(users.summary(signedBy), DocumentManagement.protection(document));
        if (!intact) {
            audit.recordAttempt("DOCUMENT_RELEASE", "DOCUMENT", document.getId(), "chain",
                    Outcome.DENIED);
            throw new DomainException("outgoing.release.chainBroken");
        }
    }

    /** The ground on which the signer signed, as the timeline and the audit log keep it. */
    private static String authorityOf(boolean leader, SigningAuthority authority) {
        return leader ? "thẩm quyền: lãnh đạo" : "thẩm quyền: " + authority.prefix();
    }

    private DocumentVersion lastVersion(Long documentId) {
        var all = versions.findByDocumentIdOrderByVersionNoAsc(documentId);
        if (all.isEmpty()) {
            throw new DomainException("outgoing.version.required");
        }
        return all.get(all.size() - 1);
    }

    private OutgoingRecord record(Long documentId) {
        return records.findById(documentId).orElseThrow(() -> new NotFoundException("document"));
    }
}
