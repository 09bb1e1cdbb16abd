package vn.eoffice.exchange;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.documents.AttachedFile;
import vn.eoffice.documents.ExchangedDocuments;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.DomainException;

/**
 * What accepting an update or a replacement does besides what accepting any document does: an update is applied to
 * the document already registered (nothing is registered twice), a replacement marks the earlier document replaced
 * (or takes it out of the queue if it was never accepted). Runs in the caller's transaction.
 */
@Component
class ReceivedCorrections {

    private final InboxEntries entries;
    private final ExchangedDocuments exchanged;
    private final AuditLog audit;
    private final Clock clock;

    ReceivedCorrections(InboxEntries entries, ExchangedDocuments exchanged, AuditLog audit, Clock clock) {
        this.entries = entries;
        this.exchanged = exchanged;
        this.audit = audit;
        this.clock = clock;
    }

    Optional<InboxEntry> earlier(InboxEntry entry) {
        var id = entry.getLinks().getEarlierInboxId();
        return id == null ? Optional.empty() : entries.findById(id).filter(e -> e.getAgencyId().equals(entry.getAgencyId()));
    }

    /** Whether accepting the entry means applying it to a registered document rather than registering it. */
    boolean appliesToRegistered(InboxEntry entry) {
        return entry.isUpdate() && earlier(entry).filter(ReceivedCorrections::registered).isPresent();
    }

    /** An update of a document still waiting in the queue, or already registered, is not registered on its own. */
    void checkRegistration(InboxEntry entry) {
        if (!entry.isUpdate()) {
            return;
        }
        var earlier = earlier(entry).orElse(null);
        if (earlier != null && earlier.getState() == InboxState.RECEIVED) {
            throw new DomainException("exchange.update.earlierWaiting", earlier.getNotation());
        }
        if (earlier != null && registered(earlier)) {
            throw new DomainException("exchange.update.applyInstead");
        }
    }

    /** A replacement was registered as {@code documentId}: the earlier document is marked replaced. */
    void registered(CurrentUser clerk, InboxEntry entry, Long documentId) {
        if (!entry.isReplacement()) {
            return;
        }
        String reason = entry.getLinks().getBusinessReason();
        var earlier = earlier(entry).orElse(null);
        if (earlier != null && registered(earlier)) {
            exchanged.replaceIncoming(clerk, earlier.getDocumentId(), documentId, reason);
        } else {
            if (earlier != null && earlier.getState() == InboxState.RECEIVED) {
                earlier.replaced(clerk.id(), Instant.now(clock));
            }
            String named = earlier != null ? earlier.getNotation()
                    : entry.getLinks().getEarlierNotation() + " (chưa từng nhận)";
            exchanged.note(clerk, documentId, "REPLACES", named + (reason == null ? "" : ": " + reason));
        }
        audit.record("EXCHANGE_REPLACEMENT_ACCEPTED", "EXCHANGE_INBOX", entry.getId(),
                entry.getLinks().getEarlierKey() + " → " + documentId);
    }

    /** Applies an update to the document registered from the earlier entry; returns that document's id. */
    Long apply(CurrentUser clerk, InboxEntry entry) {
        if (!entry.isUpdate()) {
            throw new DomainException("exchange.update.notAnUpdate");
        }
        if (entry.getState() != InboxState.RECEIVED) {
            throw new DomainException("exchange.inbox.alreadyDecided");
        }
        var earlier = earlier(entry).filter(ReceivedCorrections::registered)
                .orElseThrow(() -> new DomainException("exchange.update.nothingToApply"));
        var files = entry.getFiles().stream().map(f -> new AttachedFile(f.fileId(), f.name())).toList();
        String reason = entry.getLinks().getBusinessReason();
        exchanged.updateIncoming(clerk, earlier.getDocumentId(), files,
                reason == null || reason.isBlank() ? "Cập nhật của " + entry.getSenderShown() : reason);
        entry.applied(earlier.getDocumentId(), clerk.id(), Instant.now(clock));
        audit.record("EXCHANGE_UPDATE_APPLIED", "EXCHANGE_INBOX", entry.getId(),
                entry.getDocumentKey() + " → " + earlier.getDocumentId());
        return earlier.getDocumentId();
    }

    private static boolean registered(InboxEntry entry) {
        return entry.getState() == InboxState.ACCEPTED && entry.getDocumentId() != null;
    }

}
