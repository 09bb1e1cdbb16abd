package vn.eoffice.documents;

import java.util.function.Function;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.documents.outgoing.ExternalDeliveries;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;

/**
 * What the exchange between agencies needs from documents: reading a released document to package it (a system
 * read, no person signed in), marking an external recipient delivered when it acknowledged the document, and
 * withdrawing an incoming document whose sender recalled it (the clerk agreed).
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
    public java.util.Optional<Long> answeredIncoming(Long documentId) {
        return deliveries.answeredIncoming(documentId);
    }

    /** Reads a document inside a transaction (its files and participants load lazily) for the caller to map. */
    @Transactional(readOnly = true)
    public <T> T read(Long documentId, Function<Document, T> reader) {
        return reader.apply(documents.findById(documentId).orElseThrow(() -> new NotFoundException("document")));
    }

    /** The sender recalled an incoming document and the clerk agreed: it is withdrawn (đã thu hồi). */
    public void withdrawIncoming(CurrentUser clerk, Long documentId, String reason) {
        if (!clerk.hasRole(Role.CLERK)) {
            throw new AccessDeniedException("clerks withdraw documents");
        }
        var document = documents.findById(documentId).orElseThrow(() -> new NotFoundException("document"));
        if (!document.isIncoming() || !document.getAgencyId().equals(clerk.agencyId())) {
            throw new NotFoundException("document");
        }
        if (document.getStatus() == DocumentStatus.RECALLED) {
            return;
        }
        if (document.getStatus() == DocumentStatus.DONE) {
            throw new DomainException("document.transition.notAllowed");
        }
        document.moveTo(DocumentStatus.RECALLED);
        management.record(document, clerk, "RECALLED", reason);
        audit.record("DOCUMENT_WITHDRAWN", "DOCUMENT", documentId, reason);
    }
}
