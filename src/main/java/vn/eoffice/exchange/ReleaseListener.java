package vn.eoffice.exchange;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.documents.DocumentRecalled;
import vn.eoffice.documents.DocumentReleased;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.Secrecy;

/**
 * Inside the release transaction: one outbox entry per external recipient reachable by exchange, so a release and
 * its deliveries commit together or not at all. Secret documents never go over the exchange. A recall cancels
 * deliveries not yet made and sends the recall (13) to the agencies that already have the document.
 */
@Component
class ReleaseListener {

    private static final Logger log = LoggerFactory.getLogger(ReleaseListener.class);

    private final Outbox outbox;
    private final OutboxEntries entries;
    private final Routes routes;
    private final OrganizationDirectory organization;
    private final DocumentManagement documents;
    private final Clock clock;

    ReleaseListener(Outbox outbox, OutboxEntries entries, Routes routes, OrganizationDirectory organization,
            DocumentManagement documents, Clock clock) {
        this.outbox = outbox;
        this.entries = entries;
        this.routes = routes;
        this.organization = organization;
        this.documents = documents;
        this.clock = clock;
    }

    @EventListener
    void on(DocumentReleased event) {
        if (event.externalAgencyIds() == null || event.externalAgencyIds().isEmpty()) {
            return;
        }
        if (documents.snapshot(event.documentId()).secrecy() != Secrecy.NONE) {
            return;
        }
        String sender = organization.agency(event.agencyId()).identifierCode();
        if (sender == null || sender.isBlank()) {
            log.info("agency {} has no identifier code: document {} is not sent by exchange", event.agencyId(),
                    event.documentId());
            return;
        }
        String key = PackageAssembler.documentKey(sender, event.issuedDate(), event.notation());
        var now = Instant.now(clock);
        for (Long agencyId : event.externalAgencyIds().stream().distinct().toList()) {
            var agency = organization.agency(agencyId);
            if (routes.reachable(agency.identifierCode())) {
                outbox.enqueue(new OutboxEntry(DeliveryKind.DOCUMENT, event.agencyId(), sender,
                        agency.identifierCode(), agency.name(), key, now).forDocument(event.documentId()));
            }
        }
    }

    @EventListener
    void on(DocumentRecalled event) {
        var now = Instant.now(clock);
        for (var delivery : entries.findByDocumentIdAndKindOrderByIdAsc(event.documentId(),
                DeliveryKind.DOCUMENT)) {
            if (delivery.getState() == DeliveryState.PENDING || delivery.getState() == DeliveryState.GAVE_UP) {
                delivery.cancel();
            } else if (delivery.getState() == DeliveryState.DELIVERED) {
                outbox.addStatus(delivery, StatusCode.RECALL, event.reason(), null, now);
                outbox.enqueue(new OutboxEntry(DeliveryKind.RECALL, delivery.getAgencyId(),
                        delivery.getSenderOrganId(), delivery.getRecipientOrganId(), delivery.getRecipientName(),
                        delivery.getDocumentKey(), now).forDocument(event.documentId()).withNote(event.reason()));
            }
        }
    }
}
