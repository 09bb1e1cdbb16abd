package vn.eoffice.notifications;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.eoffice.documents.Directives;
import vn.eoffice.documents.DocumentSubmitted;

/**
 * Turns the documents' events into notifications: a leader learns at once that a document waits for a directive.
 */
@Component
class DocumentNotifications {

    private final Notifier notifier;

    DocumentNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(DocumentSubmitted event) {
        notifier.notifyStep(event.leaderId(), Directives.directStep(event.documentId()), Category.DOCUMENT,
                event.secrecy(),
                event.urgent() ? "notifications.document.submitted.urgent" : "notifications.document.submitted",
                new Object[] { event.summary() }, "/documents/" + event.documentId());
    }
}
