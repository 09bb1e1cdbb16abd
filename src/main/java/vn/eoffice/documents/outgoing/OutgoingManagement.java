package vn.eoffice.documents.outgoing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.documents.AttachedFile;
import vn.eoffice.documents.Direction;
import vn.eoffice.documents.Document;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.documents.DocumentStatus;
import vn.eoffice.documents.Notation;
import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Permission;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.DomainException;

/**
 * Drafting outgoing and internal documents: the draft with its recipients, its versions, and the review circuit
 * up to approval. Signing, release and recall are in {@link OutgoingRelease}.
 */
@Service
@Transactional
public class OutgoingManagement {

    private final OutgoingDocuments documents;
    private final OutgoingRecords records;
    private final DocumentVersions versions;
    private final DocumentRecipients recipients;
    private final RecipientList recipientList;
    private final DocumentManagement management;
    private final RegisterManagement registers;
    private final OrganizationDirectory organization;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;

    OutgoingManagement(OutgoingDocuments documents, OutgoingRecords records, DocumentVersions versions,
            DocumentRecipients recipients, RecipientList recipientList, DocumentManagement management, RegisterManagement registers,
            OrganizationDirectory organization, AccessControl access,
            AuditLog audit, Clock clock) {
        this.documents = documents;
        this.records = records;
        this.versions = versions;
        this.recipients = recipients;
        this.recipientList = recipientList;
        this.management = management;
        this.registers = registers;
        this.organization = organization;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new draft in the drafter's unit; the body file (if any) is version 1. */
    public Document draft(CurrentUser drafter, OutgoingDraft draft, AttachedFile body, List<AttachedFile> appendices) {
        if (drafter.unitId() == null) {
            throw new DomainException("outgoing.drafter.noUnit");
        }
        if (!drafter.clearance().covers(draft.secrecy())) {
            throw new DomainException("outgoing.secrecy.notCleared");
        }
        registers.type(draft.typeCode());
        Long replyToId = replyTo(drafter, draft.replyTo());
        var now = Instant.now(clock);
        var document = documents.save(Document.draft(drafter.agencyId(), draft.direction(),
                organization.agency(drafter.agencyId()).name(), draft.typeCode(), draft.summary(), draft.urgency(),
                draft.secrecy(), drafter.id(), drafter.unitId(), now));
        appendices.forEach(file -> document.attachAppendix(file.fileId(), file.name()));
        records.save(new OutgoingRecord(document.getId(), replyToId));
        recipientList.add(drafter, document.getId(), draft);
        management.record(document, drafter, "DRAFTED", document.getSummary());
        audit.record("DOCUMENT_DRAFTED", "DOCUMENT", document.getId(), document.getSummary(),
                document.getSecrecy());
        if (body != null) {
            upload(drafter, document.getId(), () -> body, null);
        }
        return document;
    }

    /**
     * A new version of the drafter's draft (earlier versions are kept). The file is stored by {@code store} only once the draft is known to be
     * the caller's and still editable: a refused upload leaves no file behind.
     */
    public DocumentVersion upload(CurrentUser drafter, Long documentId, Supplier<AttachedFile> store, String note) {
        var document = ownDraft(drafter, documentId);
        var file = store.get();
        int next = versions.findByDocumentIdOrderByVersionNoAsc(documentId).stream()
                .mapToInt(DocumentVersion::getVersionNo).max().orElse(0) + 1;
        var version = versions.save(new DocumentVersion(documentId, next, file.fileId(), file.name(), drafter.id(),
                Instant.now(clock), note == null || note.isBlank() ? null : note.trim()));
        management.record(document, drafter, "VERSION_UPLOADED", "v" + next + " " + file.name());
        audit.record("DOCUMENT_VERSION_UPLOADED", "DOCUMENT", documentId, "v" + next + " " + file.name(),
                document.getSecrecy());
        return version;
    }

    /** A draft of the caller, still editable; anybody else may not change it. */
    Document ownDraft(CurrentUser user, Long documentId) {
        var document = outgoing(user, documentId);
        if (!document.getCreatedBy().equals(user.id())) {
            throw new AccessDeniedException("only the drafter changes a draft");
        }
        if (document.getStatus() != DocumentStatus.DRAFT) {
            throw new DomainException("outgoing.notDraft");
        }
        return document;
    }

    /** An outgoing or internal document the user may see (404 otherwise, and for incoming ones). */
    @Transactional(readOnly = true)
    public Document outgoing(CurrentUser user, Long documentId) {
        var document = management.visible(user, documentId);
        if (document.isIncoming()) {
            throw new vn.eoffice.platform.NotFoundException("document");
        }
        return document;
    }

    @Transactional(readOnly = true)
    public OutgoingRecord record(CurrentUser user, Long documentId) {
        outgoing(user, documentId);
        return records.findById(documentId).orElseThrow(() -> new vn.eoffice.platform.NotFoundException("document"));
    }

    /** The incoming document this one answers, if there is one and the user may see it. */
    @Transactional(readOnly = true)
    public Optional<Document> answered(CurrentUser user, Long documentId) {
        var replyToId = record(user, documentId).getReplyToId();
        return replyToId == null ? Optional.empty() : documents.findById(replyToId)
                .filter(incoming -> access.may(user, Permission.VIEW, DocumentManagement.protection(incoming)));
    }

    @Transactional(readOnly = true)
    public List<DocumentVersion> versions(CurrentUser user, Long documentId) {
        outgoing(user, documentId);
        return versions.findByDocumentIdOrderByVersionNoAsc(documentId);
    }

    @Transactional(readOnly = true)
    public List<Recipient> recipients(CurrentUser user, Long documentId) {
        outgoing(user, documentId);
        return recipients.findByDocumentIdOrderByIdAsc(documentId);
    }

    /** The incoming document a reply answers, by id or notation; it must be one the drafter may see. */
    private Long replyTo(CurrentUser drafter, String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        String text = Notation.clean(reference);
        Long id = text.chars().allMatch(Character::isDigit) && text.length() < 18 ? Long.valueOf(text)
                : documents.findFirstByAgencyIdAndDirectionAndNotationIgnoreCaseOrderByIdDesc(drafter.agencyId(),
                        Direction.INCOMING, text).map(Document::getId)
                        .orElseThrow(() -> new DomainException("outgoing.replyTo.notFound", text));
        try {
            var incoming = management.visible(drafter, id);
            if (!incoming.isIncoming()) {
                throw new DomainException("outgoing.replyTo.notFound", text);
            }
            return incoming.getId();
        } catch (vn.eoffice.platform.NotFoundException e) {
            throw new DomainException("outgoing.replyTo.notFound", text);
        }
    }
}
