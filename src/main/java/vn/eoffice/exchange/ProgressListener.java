package vn.eoffice.exchange;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.eoffice.documents.DocumentChanged;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.documents.DocumentStatus;

/**
 * As a document received by exchange moves through the receiver's workflow, its sender hears of it: 04 when it is
 * assigned (directed), 05 in progress, 06 done. Each status is sent once, in order.
 */
@Component
class ProgressListener {

    private final InboxEntries inbox;
    private final Outbox outbox;
    private final DocumentManagement documents;

    ProgressListener(InboxEntries inbox, Outbox outbox, DocumentManagement documents) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.documents = documents;
    }

    /*
     * A registration is skipped by condition, so that Spring Modulith keeps no publication record for it (an insert,
     * two updates and their transactions per document): a document just registered has reported nothing yet.
     */
    @ApplicationModuleListener(condition = "!#event.registration()")
    void on(DocumentChanged event) {
        var entry = inbox.findFirstByDocumentIdOrderByIdAsc(event.documentId()).orElse(null);
        if (entry == null || entry.getState() != InboxState.ACCEPTED) {
            return;
        }
        var reached = code(documents.snapshot(event.documentId()).status());
        if (reached == null) {
            return;
        }
        for (String code : new String[] { StatusCode.ASSIGNED, StatusCode.IN_PROGRESS, StatusCode.DONE }) {
            if (StatusCode.rank(code) <= StatusCode.rank(reached)
                    && StatusCode.rank(code) > StatusCode.rank(entry.getLastStatus())) {
                outbox.enqueueStatus(entry, code, null, null);
            }
        }
    }

    static String code(DocumentStatus status) {
        return switch (status) {
            case DIRECTED -> StatusCode.ASSIGNED;
            case IN_PROGRESS -> StatusCode.IN_PROGRESS;
            case DONE -> StatusCode.DONE;
            default -> null;
        };
    }
}
