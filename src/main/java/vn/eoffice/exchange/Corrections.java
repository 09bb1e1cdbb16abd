package vn.eoffice.exchange;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.documents.DocumentStatus;
import vn.eoffice.documents.ExchangedDocuments;
import vn.eoffice.documents.SentDocument;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.platform.DomainException;

/**
 * The sender corrects a released document the exchange already delivered: an update (BussinessDocType 2, the same
 * document as it stands now, with the reason) or its replacement by another released document (3, naming the earlier
 * DocumentId). Either goes to every agency that acknowledged the earlier document; only the agency's clerks send one.
 */
@Service
@Transactional
public class Corrections {

    public enum Kind { UPDATE, REPLACE }

    private final OutboxEntries entries;
    private final Outbox outbox;
    private final Routes routes;
    private final DocumentManagement documents;
    private final ExchangedDocuments exchanged;
    private final AuditLog audit;
    private final Clock clock;

    Corrections(OutboxEntries entries, Outbox outbox, Routes routes, DocumentManagement documents,
            ExchangedDocuments exchanged, AuditLog audit, Clock clock) {
        this.entries = entries;
        this.outbox = outbox;
        this.routes = routes;
        this.documents = documents;
        this.exchanged = exchanged;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the user may send a correction of the document now (what the document's page offers). */
    @Transactional(readOnly = true)
    public boolean possible(CurrentUser user, Long documentId) {
        return user.hasRole(Role.CLERK) && documents.mayView(user, documentId)
                && documents.snapshot(documentId).status() == DocumentStatus.RELEASED && !delivered(documentId).isEmpty();
    }

    /** Sends the correction; returns to how many agencies. Refusals by the rules are {@link DomainException}s. */
    public int send(CurrentUser clerk, Long documentId, Kind kind, String replacementNotation, String reason) {
        if (!clerk.hasRole(Role.CLERK)) {
            throw new AccessDeniedException("clerks send corrections");
        }
        var document = exchanged.visible(clerk, documentId);
        if (kind == null) {
            throw new DomainException("exchange.correction.kindRequired");
        }
        String why = ExchangeInbox.requireReason(reason);
        if (!document.released()) {
            throw new DomainException("exchange.correction.notReleased");
        }
        var delivered = delivered(documentId);
        if (delivered.isEmpty()) {
            throw new DomainException("exchange.correction.notDelivered");
        }
        return kind == Kind.UPDATE ? update(clerk, document, delivered, why)
                : replace(clerk, document, replacement(clerk, document, replacementNotation), delivered, why);
    }

    private int update(CurrentUser clerk, SentDocument document, List<OutboxEntry> delivered, String why) {
        var now = Instant.now(clock);
        int sent = 0;
        for (var to : delivered) {
            if (routes.reachable(to.getRecipientOrganId())) {
                outbox.enqueue(new OutboxEntry(DeliveryKind.UPDATE, to.getAgencyId(), to.getSenderOrganId(),
                        to.getRecipientOrganId(), to.getRecipientName(), to.getDocumentKey(), now)
                        .forDocument(document.id()).withNote(why));
                sent++;
            }
        }
        exchanged.note(clerk, document.id(), "UPDATE_SENT", why);
        audit.record("EXCHANGE_UPDATE_SENT", "DOCUMENT", document.id(), sent + " nơi nhận: " + why);
        return sent;
    }

    private int replace(CurrentUser clerk, SentDocument earlier, SentDocument replacement, List<OutboxEntry> delivered,
            String why) {
        var now = Instant.now(clock);
        int sent = 0;
        for (var to : delivered) {
            String key = PackageAssembler.documentKey(to.getSenderOrganId(), replacement.documentDate(),
                    replacement.notation());
            boolean already = entries.findByDocumentIdAndKindOrderByIdAsc(replacement.id(),
                    DeliveryKind.REPLACE).stream().anyMatch(e -> e.getRecipientOrganId()
                    .equals(to.getRecipientOrganId()) && to.getDocumentKey().equals(e.getReplacedKey()));
            if (!already && routes.reachable(to.getRecipientOrganId())) {
                outbox.enqueue(new OutboxEntry(DeliveryKind.REPLACE, to.getAgencyId(), to.getSenderOrganId(),
                        to.getRecipientOrganId(), to.getRecipientName(), key, now).forDocument(replacement.id())
                        .replacing(to.getDocumentKey()).withNote(why));
                sent++;
            }
        }
        if (sent == 0) {
            throw new DomainException("exchange.correction.alreadySent", replacement.notation());
        }
        exchanged.note(clerk, earlier.id(), "REPLACEMENT_SENT", replacement.notation() + ": " + why);
        exchanged.note(clerk, replacement.id(), "SENT_AS_REPLACEMENT", earlier.notation() + ": " + why);
        audit.record("EXCHANGE_REPLACEMENT_SENT", "DOCUMENT", earlier.id(),
                "→ " + replacement.id() + ", " + sent + " nơi nhận: " + why);
        return sent;
    }

    private SentDocument replacement(CurrentUser clerk, SentDocument earlier, String notation) {
        if (notation == null || notation.isBlank()) {
            throw new DomainException("exchange.correction.replacementRequired");
        }
        var replacement = exchanged.outgoingByNotation(clerk, notation)
                .orElseThrow(() -> new DomainException("exchange.correction.replacementNotFound", notation.trim()));
        if (replacement.id().equals(earlier.id())) {
            throw new DomainException("exchange.correction.replacementSame");
        }
        if (!replacement.released()) {
            throw new DomainException("exchange.correction.replacementNotReleased", replacement.notation());
        }
        if (replacement.secrecy().secret()) {
            throw new DomainException("exchange.correction.replacementSecret", replacement.notation());
        }
        return replacement;
    }

    private List<OutboxEntry> delivered(Long documentId) {
        return entries.findByDocumentIdAndKindOrderByIdAsc(documentId, DeliveryKind.DOCUMENT).stream()
                .filter(e -> e.getState() == DeliveryState.DELIVERED).toList();
    }
}
