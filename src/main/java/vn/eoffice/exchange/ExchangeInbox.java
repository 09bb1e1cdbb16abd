package vn.eoffice.exchange;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.documents.AttachedFile;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.documents.ExchangedDocuments;
import vn.eoffice.documents.IncomingDetails;
import vn.eoffice.documents.RegisterKind;
import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.documents.Urgency;
import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;
import vn.eoffice.platform.Secrecy;
import vn.eoffice.platform.SigningCapacity;

/**
 * The clerk's queue of documents received by exchange (tiếp nhận văn bản điện tử): accept (register, status 03),
 * refuse with a reason (02), answer a recall (15 agreed and withdrawn, 16 refused), apply a sender's update to the
 * document registered earlier (15; refusing it is 16), accept a replacement (the earlier document is marked
 * replaced). Only the clerks of the receiving agency see its queue.
 */
@Service
@Transactional
public class ExchangeInbox {

    private final InboxEntries entries;
    private final Outbox outbox;
    private final DocumentManagement documents;
    private final ExchangedDocuments exchanged;
    private final RegisterManagement registers;
    private final ReceivedCorrections corrections;
    private final AuditLog audit;
    private final Clock clock;
    private final AccessControl access;

    ExchangeInbox(InboxEntries entries, Outbox outbox, DocumentManagement documents, ExchangedDocuments exchanged,
            RegisterManagement registers, ReceivedCorrections corrections, AuditLog audit, Clock clock,
            AccessControl access) {
        this.corrections = corrections;
        this.entries = entries;
        this.outbox = outbox;
        this.documents = documents;
        this.exchanged = exchanged;
        this.registers = registers;
        this.audit = audit;
        this.clock = clock;
        this.access = access;
    }

    /** Waiting for the clerk: not yet accepted or refused, or a recall to answer; most urgent first. */
    @Transactional(readOnly = true)
    public Page<ReceivedPackage> waiting(CurrentUser clerk, Pageable pageable) {
        requireClerk(clerk);
        var page = entries.waiting(clerk.agencyId(), pageable);
        page.forEach(InboxEntry::getFiles);
        return page.map(ReceivedPackage.class::cast);
    }

    @Transactional(readOnly = true)
    public Page<ReceivedPackage> all(CurrentUser clerk, Pageable pageable) {
        requireClerk(clerk);
        var page = entries.findByAgencyIdOrderByReceivedAtDescIdDesc(clerk.agencyId(), pageable);
        page.forEach(InboxEntry::getFiles);
        return page.map(ReceivedPackage.class::cast);
    }

    @Transactional(readOnly = true)
    public ReceivedPackage get(CurrentUser clerk, Long id) {
        return entry(clerk, id);
    }

    InboxEntry entry(CurrentUser clerk, Long id) {
        requireClerk(clerk);
        var entry = entries.findById(id).orElseThrow(() -> new NotFoundException("exchange inbox " + id));
        if (!entry.getAgencyId().equals(clerk.agencyId())) {
            throw new NotFoundException("exchange inbox " + id);
        }
        entry.getFiles();
        return entry;
    }

    /** The registration form filled from the package; the clerk chooses the register, secrecy and deadline. */
    @Transactional(readOnly = true)
    public IncomingDetails prefill(CurrentUser clerk, Long id) {
        var entry = entry(clerk, id);
        var register = registers.activeRegisters(clerk.agencyId(), RegisterKind.INCOMING).stream().findFirst()
                .map(r -> r.id()).orElse(null);
        String typeCode = registers.types().stream()
                .filter(t -> t.name().equalsIgnoreCase(entry.getTypeName() == null ? "" : entry.getTypeName()))
                .map(t -> t.code()).findFirst().orElse("CV");
        var urgency = Urgency.values()[Math.min(entry.getPriority(), Urgency.values().length - 1)];
        var deadline = entry.getDueDate() != null && !entry.getDueDate().isBefore(LocalDate.now(clock))
                ? entry.getDueDate() : null;
        String issuer = entry.getSenderShown();
        return new IncomingDetails(register, entry.getNotation(), entry.getDocumentDate(), typeCode,
                cut(entry.getSummary(), 500), null, cut(issuer, 300), entry.getSignerName(),
                entry.getSignerPosition(), SigningCapacity.read(entry.getSignerCompetence()).text(), urgency,
                Secrecy.NONE, entry.getPageAmount(), null, deadline, null);
    }

    /** Accepts the document: registers it (arrival number) and tells the sender 03, in one transaction. */
    public Long accept(CurrentUser clerk, Long id, IncomingDetails details) {
        var entry = entry(clerk, id);
        if (entry.getState() != InboxState.RECEIVED) {
            throw new DomainException("exchange.inbox.alreadyDecided");
        }
        corrections.checkRegistration(entry);
        var files = entry.getFiles().stream().map(f -> new AttachedFile(f.fileId(), f.name())).toList();
        var document = documents.registerIncoming(clerk, details, files);
        entry.accept(document.getId(), clerk.id(), Instant.now(clock));
        corrections.registered(clerk, entry, document.getId());
        outbox.enqueueStatus(entry, StatusCode.ACCEPTED, "Số đến " + document.getRegisterNumber(),
                clerk.id());
        audit.record("EXCHANGE_ACCEPTED", "EXCHANGE_INBOX", id, entry.getDocumentKey() + " → " + document.getId());
        return document.getId();
    }

    /** Applies the sender's update to the document registered from the earlier package; the sender hears 15. */
    public Long applyUpdate(CurrentUser clerk, Long id) {
        var entry = entry(clerk, id);
        Long documentId = corrections.apply(clerk, entry);
        outbox.enqueueStatus(entry, StatusCode.RECALL_AGREED, "Đã cập nhật vào văn bản đã tiếp nhận",
                clerk.id());
        return documentId;
    }

    /** Whether accepting the entry applies it to a document registered earlier (an update) instead of registering. */
    @Transactional(readOnly = true)
    public boolean appliesToRegistered(CurrentUser clerk, Long id) {
        return corrections.appliesToRegistered(entry(clerk, id));
    }

    /** The earlier entries the given updates and replacements are about, by the id of the later one. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, ReceivedPackage> earlier(CurrentUser clerk,
            java.util.Collection<? extends ReceivedPackage> later) {
        requireClerk(clerk);
        var found = new java.util.HashMap<Long, ReceivedPackage>();
        later.stream().filter(InboxEntry.class::isInstance).map(InboxEntry.class::cast).forEach(entry ->
                corrections.earlier(entry).ifPresent(earlier -> found.put(entry.getId(), earlier)));
        return found;
    }

    /**
     * Refuses the document (wrong recipient, incomplete…): the reason goes back to the sender with 02, or with 16
     * when it is an update that is refused.
     */
    public void refuse(CurrentUser clerk, Long id, String reason) {
        var entry = entry(clerk, id);
        String why = requireReason(reason);
        entry.refuse(why, clerk.id(), Instant.now(clock));
        outbox.enqueueStatus(entry, entry.isUpdate() ? StatusCode.RECALL_REFUSED : StatusCode.REFUSED, why,
                clerk.id());
        audit.record("EXCHANGE_REFUSED", "EXCHANGE_INBOX", id, why);
    }

    /** Agrees to the sender's recall: the registered document is withdrawn and the sender hears 15. */
    public void agreeRecall(CurrentUser clerk, Long id) {
        var entry = entry(clerk, id);
        entry.recallAnswered(true, clerk.id(), Instant.now(clock));
        if (entry.getDocumentId() != null) {
            exchanged.withdrawIncoming(clerk, entry.getDocumentId(), "Thu hồi theo đề nghị của "
                    + entry.getSenderShown());
        }
        outbox.enqueueStatus(entry, StatusCode.RECALL_AGREED, entry.getRecallReason(), clerk.id());
        audit.record("EXCHANGE_RECALL_AGREED", "EXCHANGE_INBOX", id, entry.getDocumentKey());
    }

    /** Refuses the recall (e.g. the document is already handled): the sender hears 16 with the reason. */
    public void refuseRecall(CurrentUser clerk, Long id, String reason) {
        var entry = entry(clerk, id);
        String why = requireReason(reason);
        entry.recallAnswered(false, clerk.id(), Instant.now(clock));
        outbox.enqueueStatus(entry, StatusCode.RECALL_REFUSED, why, clerk.id());
        audit.record("EXCHANGE_RECALL_REFUSED", "EXCHANGE_INBOX", id, why);
    }

    static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("exchange.reason.required");
        }
        if (reason.trim().length() > 1000) {
            throw new DomainException("exchange.reason.tooLong");
        }
        return reason.trim();
    }

    /** The agency's exchange queue is its clerks' work ({@link AccessControl#handlesExchange}). */
    private void requireClerk(CurrentUser user) {
        if (!access.handlesExchange(user, user.agencyId())) {
            throw new AccessDeniedException("clerks handle the exchange queue");
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
