package vn.eoffice.exchange;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.documents.ExchangedDocuments;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.exchange.edxml.EdxmlDocument.ResponseFor;
import vn.eoffice.exchange.edxml.EdxmlStatus;
import vn.eoffice.exchange.edxml.PackageCodec;
import vn.eoffice.exchange.edxml.PackageRejected;

/**
 * Writes packages to deliver (in the caller's transaction) and records what came of them: the acknowledgement,
 * the retry schedule with exponential back-off, and the statuses the receivers report back.
 */
@Service
@Transactional
class Outbox {

    private final OutboxEntries entries;
    private final SignedPackages packages;
    private final DeliveryStatuses statuses;
    private final AgencyKeys keys;
    private final ExchangeProperties properties;
    private final PackageCodec codec;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final OrganizationDirectory organization;
    private final ExchangedDocuments deliveries;
    private final Contacts contacts;

    Outbox(OutboxEntries entries, SignedPackages packages, DeliveryStatuses statuses, AgencyKeys keys,
            ExchangeProperties properties, AuditLog audit, ApplicationEventPublisher events, Clock clock,
            OrganizationDirectory organization, ExchangedDocuments deliveries, Contacts contacts) {
        this.organization = organization;
        this.contacts = contacts;
        this.deliveries = deliveries;
        this.entries = entries;
        this.packages = packages;
        this.statuses = statuses;
        this.keys = keys;
        this.properties = properties;
        this.codec = new PackageCodec(properties.maxPackageSize().toBytes());
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A package signed at once (the PackageAssembler builds the others when they are first sent). */
    OutboxEntry enqueue(OutboxEntry entry, byte[] signedPackage) {
        var saved = enqueue(entry);
        packages.store(saved.getId(), signedPackage);
        return saved;
    }

    OutboxEntry enqueue(OutboxEntry entry) {
        var saved = entries.save(entry);
        audit.record("EXCHANGE_QUEUED", "EXCHANGE_OUTBOX", saved.getId(), saved.getKind() + " "
                + saved.getDocumentKey() + " → " + saved.getRecipientOrganId()
                + (saved.getStatusCode() == null ? "" : " (" + saved.getStatusCode() + ")"));
        events.publishEvent(new OutboxWritten(saved.getId()));
        return saved;
    }

    /** A status package about a received document, back to its sender; {@code staffId} the clerk, if any. */
    void enqueueStatus(InboxEntry inbox, String code, String description, Long staffId) {
        var now = Instant.now(clock);
        var status = new EdxmlStatus(
                new ResponseFor(inbox.getSenderOrganId(), inbox.getNotation(), inbox.getDocumentDate(),
                        inbox.getDocumentKey()),
                contacts.of(inbox.getAgencyId(), inbox.getRecipientOrganId()), code, description, now,
                contacts.staff(staffId));
        byte[] payload = codec.write(status, keys.signingKey());
        inbox.statusSent(code);
        enqueue(new OutboxEntry(DeliveryKind.STATUS, inbox.getAgencyId(), inbox.getRecipientOrganId(),
                inbox.getSenderOrganId(), inbox.getSenderName(), inbox.getDocumentKey(), now)
                .forInbox(inbox.getId(), code).withNote(description), payload);
    }

    void acknowledged(Long id, Acknowledgement acknowledgement) {
        var entry = entries.lock(id).orElseThrow();
        var now = Instant.now(clock);
        if (acknowledgement.isArrived()) {
            entry.delivered(now);
        } else {
            entry.refused(acknowledgement.description(), now);
        }
        if (DeliveryKind.DELIVERIES.contains(entry.getKind())) {
            addStatus(entry, acknowledgement.code(), acknowledgement.description(), null, now);
            if (acknowledgement.isArrived() && entry.getDocumentId() != null) {
                organization.agencyByIdentifierCode(entry.getRecipientOrganId()).ifPresent(
                        agency -> deliveries.delivered(entry.getDocumentId(), agency.id()));
            }
        }
        audit.record(acknowledgement.isArrived() ? "EXCHANGE_DELIVERED" : "EXCHANGE_REFUSED_BY_PEER",
                "EXCHANGE_OUTBOX", id, entry.getRecipientOrganId() + ": " + acknowledgement.code()
                        + (acknowledgement.description() == null ? "" : " " + acknowledgement.description()));
    }

    /** A failed attempt: try again later, or give up once the give-up period is over (true). */
    boolean failed(Long id, String error) {
        var entry = entries.lock(id).orElseThrow();
        var now = Instant.now(clock);
        if (!now.isBefore(entry.getCreatedAt().plus(properties.giveUpAfter()))) {
            entry.gaveUp(error);
            audit.record("EXCHANGE_GAVE_UP", "EXCHANGE_OUTBOX", id, entry.getRecipientOrganId() + ": " + error);
            return true;
        }
        entry.failed(error, now.plus(backoff(entry.getAttempts())));
        return false;
    }

    /** About retry-base × 2^attempts, at most retry-max, with ±10 % jitter so nodes do not retry in lockstep. */
    java.time.Duration backoff(int attempts) {
        long base = properties.retryBase().toMillis();
        long max = properties.retryMax().toMillis();
        long delay = attempts >= 30 ? max : Math.min(max, base << Math.min(attempts, 30));
        double jitter = 0.9 + ThreadLocalRandom.current().nextDouble() * 0.2;
        return java.time.Duration.ofMillis(Math.max(1, (long) (delay * jitter)));
    }

    /** A status package from a receiver about a document we sent it (or an update or replacement of it). */
    void recordStatus(EdxmlStatus status) {
        var target = statusTarget(status);
        var entry = entries.lock(target.getId()).orElseThrow();
        if (addStatus(entry, status.statusCode(), status.description(),
                status.staff() == null ? null : status.staff().staff(), status.timestamp())) {
            audit.record("EXCHANGE_STATUS_RECEIVED", "EXCHANGE_OUTBOX", entry.getId(),
                    status.from().organId() + ": " + status.statusCode());
        }
    }

    /**
     * The newest delivery of the document to that receiver; an answer to an update (15 agreed, 16 refused) belongs to
     * the newest update still unanswered, unless a recall (13) of the document is what waits for it.
     */
    private OutboxEntry statusTarget(EdxmlStatus status) {
        var candidates = entries.findByDocumentKeyAndRecipientOrganIdAndKindInOrderByIdDesc(
                status.responseFor().documentId(), status.from().organId(), DeliveryKind.DELIVERIES);
        if (candidates.isEmpty()) {
            throw new PackageRejected("Không có văn bản " + status.responseFor().documentId()
                    + " đã gửi tới cơ quan " + status.from().organId());
        }
        var document = candidates.stream().filter(e -> e.getKind() != DeliveryKind.UPDATE).findFirst()
                .orElse(candidates.get(0));
        boolean answer = StatusCode.RECALL_AGREED.equals(status.statusCode())
                || StatusCode.RECALL_REFUSED.equals(status.statusCode());
        if (!answer || StatusCode.RECALL.equals(document.getLastStatus())) {
            return document;
        }
        return candidates.stream().filter(e -> e.getKind() == DeliveryKind.UPDATE)
                .filter(e -> !statuses.existsByOutboxIdAndCode(e.getId(), StatusCode.RECALL_AGREED)
                        && !statuses.existsByOutboxIdAndCode(e.getId(), StatusCode.RECALL_REFUSED))
                .findFirst().orElse(document);
    }

    boolean addStatus(OutboxEntry entry, String code, String description, String staff, Instant at) {
        if (statuses.existsByOutboxIdAndCode(entry.getId(), code)) {
            return false;
        }
        statuses.save(new DeliveryStatus(entry.getId(), code, description, staff, at, Instant.now(clock)));
        entry.statusReached(code);
        return true;
    }
}
