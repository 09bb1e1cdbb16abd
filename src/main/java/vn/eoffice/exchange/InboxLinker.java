package vn.eoffice.exchange;

import org.springframework.stereotype.Component;

import vn.eoffice.exchange.edxml.EdxmlDocument;
import vn.eoffice.exchange.edxml.EdxmlDocument.Business;
import vn.eoffice.exchange.edxml.PackageRejected;

/**
 * Resolves what a received package names: the document it answers (ResponseFor) among the documents this agency sent
 * to the replying agency, and the earlier received document an update or a replacement is about.
 */
@Component
class InboxLinker {

    private final InboxEntries inbox;
    private final OutboxEntries outbox;

    InboxLinker(InboxEntries inbox, OutboxEntries outbox) {
        this.inbox = inbox;
        this.outbox = outbox;
    }

    /** '' for a document or a replacement; an update is told apart by the time its sender sent it. */
    static String revision(EdxmlDocument document) {
        if (document.business().docType() != Business.UPDATE) {
            return "";
        }
        return document.traces().stream()
                .filter(t -> document.from().organId().equals(t.organId()) && t.timestamp() != null)
                .map(t -> t.timestamp().toString()).reduce((first, last) -> last)
                .orElseThrow(() -> new PackageRejected(
                        "Gói tin cập nhật thiếu thời điểm gửi (TraceHeader/Timestamp) của cơ quan gửi"));
    }

    /** A replacement must name the document it replaces, and not itself. */
    static void check(EdxmlDocument document) {
        if (document.business().docType() != Business.REPLACE) {
            return;
        }
        var replaced = document.business().replacedDocumentIds();
        if (replaced.isEmpty() || replaced.get(0).isBlank()) {
            throw new PackageRejected("Gói tin thay thế thiếu mã văn bản bị thay thế (ReplacementInfo/DocumentId)");
        }
        if (replaced.contains(document.documentId())) {
            throw new PackageRejected("Văn bản thay thế không thể thay thế chính nó: " + document.documentId());
        }
    }

    /** For the audit trail: what the entry is about besides itself. */
    static String describe(InboxEntry entry) {
        var links = entry.getLinks();
        String text = "";
        if (links.getEarlierKey() != null) {
            text += (entry.isUpdate() ? " cập nhật " : " thay thế ") + links.getEarlierKey()
                    + (links.isEarlierMissing() ? " (chưa từng nhận)" : "");
        }
        if (links.getResponseForKey() != null) {
            text += " trả lời " + links.getResponseForKey();
        }
        return text;
    }

    void link(InboxEntry entry, EdxmlDocument document) {
        var business = document.business();
        if (business.docType() == Business.UPDATE) {
            entry.links().correction(document.documentId(), business.docReason());
        } else if (business.docType() == Business.REPLACE) {
            entry.links().correction(business.replacedDocumentIds().get(0), business.docReason());
        }
        if (entry.getLinks().getEarlierKey() != null) {
            inbox.findBySenderOrganIdAndDocumentKeyAndRecipientOrganIdAndRevision(entry.getSenderOrganId(),
                    entry.getLinks().getEarlierKey(), entry.getRecipientOrganId(), "")
                    .ifPresent(earlier -> entry.links().earlier(earlier.getId()));
        }
        answers(entry, document);
    }

    /** Only a document this agency sent to the replying agency is linked; any other ResponseFor stays text. */
    private void answers(InboxEntry entry, EdxmlDocument document) {
        for (var response : document.responseFor()) {
            String key = response.documentId();
            boolean ours = entry.getRecipientOrganId().equals(response.organId())
                    || key.startsWith(entry.getRecipientOrganId() + ",");
            if (!ours) {
                continue;
            }
            Long answered = outbox.findFirstByKindAndDocumentKeyAndSenderOrganIdAndRecipientOrganIdOrderByIdAsc(
                    DeliveryKind.DOCUMENT, key, entry.getRecipientOrganId(), entry.getSenderOrganId())
                    .map(OutboxEntry::getDocumentId).orElse(null);
            if (entry.getLinks().getResponseForKey() == null || answered != null) {
                entry.links().answers(key, response.code(), answered);
            }
            if (answered != null) {
                return;
            }
        }
    }
}
