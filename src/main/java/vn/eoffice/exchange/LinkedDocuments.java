package vn.eoffice.exchange;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;

/**
 * What a document's page shows about the documents exchanged with it: the document a received reply answers and the
 * replies received to a document we sent, the document a replacement replaces or was replaced by, the updates
 * applied. A link is offered only to a document the user may see.
 */
@Service
public class LinkedDocuments {

    private final InboxEntries inbox;
    private final DocumentManagement documents;

    LinkedDocuments(InboxEntries inbox, DocumentManagement documents) {
        this.inbox = inbox;
        this.documents = documents;
    }

    /** The links of a document the user may see (404 otherwise). */
    public List<DocumentLink> of(CurrentUser user, Long documentId) {
        var document = documents.visible(user, documentId);
        List<DocumentLink> links = new ArrayList<>();
        var received = inbox.findByAgencyIdAndDocumentIdOrderByIdAsc(document.getAgencyId(), documentId);
        for (var entry : received) {
            var about = entry.getLinks();
            if (about.getResponseForKey() != null) {
                links.add(link(DocumentLink.Kind.ANSWERS, about.getResponseForCode() != null
                        ? about.getResponseForCode() : InboxLinks.notationOf(about.getResponseForKey()), null,
                        outgoingHref(user, about.getAnswersDocumentId()), null, null));
            }
            if (entry.isReplacement() && about.getEarlierKey() != null) {
                var earlier = about.getEarlierInboxId() == null ? null
                        : inbox.findById(about.getEarlierInboxId()).orElse(null);
                links.add(link(DocumentLink.Kind.REPLACES, earlier == null ? about.getEarlierNotation()
                        : earlier.getNotation(), null, earlier == null ? null : href(user, earlier.getDocumentId()),
                        about.getBusinessReason(), null));
            }
            if (entry.isUpdate() && entry.getState() == InboxState.ACCEPTED) {
                links.add(link(DocumentLink.Kind.UPDATED, entry.getNotation(), entry.getSenderShown(), null,
                        about.getBusinessReason(), entry.getDecidedAt()));
            }
        }
        var ids = received.stream().map(InboxEntry::getId).toList();
        if (!ids.isEmpty()) {
            for (var later : inbox.findByLinksEarlierInboxIdInOrderByIdAsc(ids)) {
                if (later.isReplacement() && later.getState() == InboxState.ACCEPTED) {
                    links.add(link(DocumentLink.Kind.REPLACED_BY, later.getNotation(), later.getSenderShown(),
                            href(user, later.getDocumentId()), later.getLinks().getBusinessReason(),
                            later.getDecidedAt()));
                }
            }
        }
        for (var reply : inbox.findByAgencyIdAndLinksAnswersDocumentIdOrderByIdAsc(document.getAgencyId(), documentId)) {
            if (reply.getState() == InboxState.ACCEPTED) {
                links.add(link(DocumentLink.Kind.ANSWERED_BY, reply.getNotation(), reply.getSenderShown(),
                        href(user, reply.getDocumentId()), null, reply.getDecidedAt()));
            } else if (reply.getState() == InboxState.RECEIVED) {
                // still in the queue: only the agency's clerks may open it there
                links.add(link(DocumentLink.Kind.ANSWERED_BY_WAITING, reply.getNotation(), reply.getSenderShown(),
                        user.hasRole(Role.CLERK) ? "/exchange/inbox/" + reply.getId() : null, null,
                        reply.getReceivedAt()));
            }
        }
        return links;
    }

    private String href(CurrentUser user, Long documentId) {
        return documents.mayView(user, documentId) ? "/documents/" + documentId : null;
    }

    private String outgoingHref(CurrentUser user, Long documentId) {
        return documents.mayView(user, documentId) ? "/documents/outgoing/" + documentId : null;
    }


    private static DocumentLink link(DocumentLink.Kind kind, String notation, String party, String href, String note,
            java.time.Instant at) {
        return new DocumentLink(kind, notation, party, href, note, at);
    }
}
