package vn.eoffice.exchange;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.exchange.edxml.EdxmlDocument;
import vn.eoffice.exchange.edxml.PackageCodec;
import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;

/**
 * The sending side of the exchange: the deliveries of a document with their status timelines, the clerk's list of
 * deliveries not yet received or finished, sending again by hand, and sending a prepared edXML document (for
 * integrations and the benchmark; released documents are sent automatically).
 */
@Service
@Transactional
public class ExchangeGateway {

    private final OutboxEntries entries;
    private final DeliveryStatuses statuses;
    private final Outbox outbox;
    private final Routes routes;
    private final AgencyKeys keys;
    private final PackageCodec codec;
    private final DocumentManagement documents;
    private final AuditLog audit;
    private final Clock clock;
    private final AccessControl access;

    ExchangeGateway(OutboxEntries entries, DeliveryStatuses statuses, Outbox outbox, Routes routes, AgencyKeys keys,
            ExchangeProperties properties, DocumentManagement documents, AuditLog audit, Clock clock,
            AccessControl access) {
        this.entries = entries;
        this.statuses = statuses;
        this.outbox = outbox;
        this.routes = routes;
        this.keys = keys;
        this.codec = new PackageCodec(properties.maxPackageSize().toBytes());
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
        this.access = access;
    }

    /** Signs the package once and queues one delivery per reachable recipient; returns how many were queued. */
    public int send(Long agencyId, EdxmlDocument document) {
        byte[] payload = codec.write(document, keys.signingKey());
        var now = Instant.now(clock);
        int queued = 0;
        for (var to : document.to()) {
            if (routes.reachable(to.organId())) {
                outbox.enqueue(new OutboxEntry(DeliveryKind.DOCUMENT, agencyId, document.from().organId(),
                        to.organId(), to.organName(), document.documentId(), now), payload);
                queued++;
            }
        }
        return queued;
    }

    /** Per delivery of a document the user may see (its updates and replacements too), the statuses, oldest first. */
    @Transactional(readOnly = true)
    public List<DeliveryView> deliveries(CurrentUser user, Long documentId) {
        documents.visible(user, documentId);
        return views(entries.findByDocumentIdAndKindInOrderByIdAsc(documentId, DeliveryKind.DELIVERIES));
    }

    /** The agency's sent documents not yet received or not finished by a recipient, newest first. */
    @Transactional(readOnly = true)
    public List<DeliveryView> unfinished(CurrentUser clerk, int limit) {
        requireClerk(clerk);
        return views(entries.unfinished(clerk.agencyId(), PageRequest.of(0, Math.max(1, Math.min(limit, 500)))));
    }

    /** A delivery given up (or refused) is tried again from now on. */
    public void retry(CurrentUser clerk, Long outboxId) {
        requireClerk(clerk);
        var entry = entries.lock(outboxId).filter(e -> clerk.agencyId().equals(e.getAgencyId()))
                .orElseThrow(() -> new NotFoundException("delivery " + outboxId));
        if (entry.getState() != DeliveryState.GAVE_UP && entry.getState() != DeliveryState.REFUSED) {
            throw new DomainException("exchange.retry.notFailed");
        }
        entry.retry(Instant.now(clock));
        audit.record("EXCHANGE_RETRIED", "EXCHANGE_OUTBOX", outboxId, entry.getRecipientOrganId());
        outbox.enqueue(entry);
    }

    /** Entries still to be delivered, in every agency (for monitoring and tests). */
    @Transactional(readOnly = true)
    public long pending() {
        return entries.countByState(DeliveryState.PENDING);
    }

    private List<DeliveryView> views(List<OutboxEntry> deliveries) {
        if (deliveries.isEmpty()) {
            return List.of();
        }
        var byDelivery = statuses.findByOutboxIdInOrderByOccurredAtAscIdAsc(
                deliveries.stream().map(OutboxEntry::getId).toList()).stream()
                .collect(Collectors.groupingBy(DeliveryStatus::getOutboxId));
        List<DeliveryView> views = new ArrayList<>();
        for (var delivery : deliveries) {
            views.add(new DeliveryView(delivery, byDelivery.getOrDefault(delivery.getId(), List.of()).stream()
                    .sorted(DeliveryStatus.TIMELINE).map(DeliveryView.Status::of).toList()));
        }
        return views;
    }

    /** The agency's exchange queue is its clerks' work ({@link AccessControl#handlesExchange}). */
    private void requireClerk(CurrentUser user) {
        if (!access.handlesExchange(user, user.agencyId())) {
            throw new AccessDeniedException("clerks follow deliveries");
        }
    }
}
