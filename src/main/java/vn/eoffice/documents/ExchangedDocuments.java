package vn.eoffice.documents;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.documents.outgoing.ExternalDeliveries;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.platform.NotFoundException;

/**
 * What the exchange between agencies needs from documents: reading a released document to package it (a system
 * read, no person signed in), marking an external recipient delivered when it acknowledged the document,
 * withdrawing an incoming document whose sender recalled it (the clerk agreed), applying a sender's update to an
 * incoming document or marking it replaced by a later one, and noting on a document's timeline what was exchanged.
 */
@Service
@Transactional
public class ExchangedDocuments {

    private final Documents documents;
    private final DocumentManagement management;
    private final AuditLog audit;
    private final ExternalDeliveries deliveries;

    ExchangedDocuments(Documents documents, DocumentManagement management, AuditLog audit,
            ExternalDeliveries deliveries) {
        this.documents = documents;
        this.management = management;
        this.audit = audit;
        this.deliveries = deliveries;
    }

    /** The external agency {@code agencyId} (address book) acknowledged the released document: delivered. */
    public void delivered(Long documentId, Long agencyId) {
        deliveries.delivered(documentId, agencyId);
    }

    /** The incoming document an outgoing one answers (outgoing_document.reply_to_id), if any. */
    @Transactional(readOnly = true)
    public Optional<Long> answeredIncoming(Long documentId) {
        return deliveries.answeredIncoming(documentId);
    }

    /** A document as the exchange packages it (a system read: no person is signed in). */
    @Transactional(readOnly = true)
    public SentDocument read(Long documentId) {
        return SentDocument.of(documents.findById(documentId).orElseThrow(() -> new NotFoundException("document")));
    }

    /** A document the user may see, as the exchange corrects it; "not found" otherwise. */
    @Transactional(readOnly = true)
    public SentDocument visible(CurrentUser user, Long documentId) {
        return SentDocument.of(management.visible(user, documentId));
    }

    /** The sender recalled an incoming document and the clerk agreed: it is withdrawn (đã thu hồi). */
    public void withdrawIncoming(CurrentUser clerk, Long documentId, String reason) {
        var document = clerksIncoming(clerk, documentId);
        if (!document.withdrawn()) {
            return;
        }
        management.record(document, clerk, "RECALLED", reason);
        audit.record("DOCUMENT_WITHDRAWN", "DOCUMENT", documentId, reason, document.getSecrecy());
    }

    /**
     * The sender replaced an incoming document by a later one the clerk has just registered: the earlier one is marked
     * replaced (đã được thay thế) and each timeline names the other.
     */
    public void replaceIncoming(CurrentUser clerk, Long earlierId, Long replacementId, String reason) {
        var earlier = clerksIncoming(clerk, earlierId);
        var replacement = clerksIncoming(clerk, replacementId);
        earlier.replaced();
        String why = reason == null ? "" : ": " + reason;
        management.record(earlier, clerk, "REPLACED", replacement.getNotation() + why);
        management.record(replacement, clerk, "REPLACES", earlier.getNotation() + why);
        audit.record("DOCUMENT_REPLACED", "DOCUMENT", earlierId, "→ " + replacementId + why, earlier.getSecrecy());
    }

    /** The sender corrected an incoming document: the files it sent are added, the reason goes on the timeline. */
    public void updateIncoming(CurrentUser clerk, Long documentId, List<AttachedFile> files, String reason) {
        var document = clerksIncoming(clerk, documentId);
        files.forEach(file -> document.attach(file.fileId(), DocumentFile.Kind.ATTACHMENT, file.name()));
        management.record(document, clerk, "UPDATED", reason);
        audit.record("DOCUMENT_UPDATED_BY_SENDER", "DOCUMENT", documentId, files.size() + " tệp; " + reason,
                document.getSecrecy());
    }

    /** A step of the exchange on the timeline of a document the actor may see (e.g. a correction sent). */
    public void note(CurrentUser actor, Long documentId, String kind, String note) {
        management.record(management.visible(actor, documentId), actor, kind, note);
    }

    /** The agency's released outgoing document with that số, ký hiệu, if the user may see it. */
    @Transactional(readOnly = true)
    public Optional<SentDocument> outgoingByNotation(CurrentUser user, String notation) {
        if (notation == null || notation.isBlank()) {
            return Optional.empty();
        }
        return documents.findFirstByAgencyIdAndDirectionAndNotationIgnoreCaseOrderByIdDesc(user.agencyId(),
                Direction.OUTGOING, Notation.clean(notation)).filter(d -> management.mayView(user, d.getId()))
                .map(SentDocument::of);
    }

    private Document clerksIncoming(CurrentUser clerk, Long documentId) {
        if (!clerk.hasRole(Role.CLERK)) {
            throw new AccessDeniedException("clerks change received documents");
        }
        var document = documents.findById(documentId).orElseThrow(() -> new NotFoundException("document"));
        if (!document.isIncoming() || !document.getAgencyId().equals(clerk.agencyId())) {
            throw new NotFoundException("document");
        }
        return document;
    }
}
