package vn.eoffice.exchange;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.Outcome;
import vn.eoffice.documents.Notation;
import vn.eoffice.exchange.edxml.EdxmlDocument;
import vn.eoffice.exchange.edxml.PackageCodec;
import vn.eoffice.exchange.edxml.PackageRejected;
import vn.eoffice.files.FileStorage;
import vn.eoffice.files.StoredFile;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.notifications.Category;
import vn.eoffice.notifications.Notifier;
import vn.eoffice.organization.AgencySummary;
import vn.eoffice.platform.DomainException;

/**
 * Takes a received package: verifies it, then stores a document once per (sender, DocumentId, recipient) in the
 * clerk's queue, marks a recall request, or records a status about a document we sent. Answers 01 once the package
 * is safely stored (again 01 for a duplicate), 02 with the reason when it is refused; nothing of a refused package
 * is kept.
 */
@Service
class Receiver {

    private final PackageCodec codec;
    private final Routes routes;
    private final InboxEntries inbox;
    private final InboxLinker linker;
    private final Outbox outbox;
    private final FileStorage files;
    private final UserManagement users;
    private final Notifier notifier;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Receiver(ExchangeProperties properties, Routes routes, InboxEntries inbox, InboxLinker linker, Outbox outbox,
            FileStorage files, UserManagement users, Notifier notifier, AuditLog audit,
            PlatformTransactionManager transactions, Clock clock) {
        this.codec = new PackageCodec(properties.maxPackageSize().toBytes());
        this.routes = routes;
        this.inbox = inbox;
        this.linker = linker;
        this.outbox = outbox;
        this.files = files;
        this.users = users;
        this.notifier = notifier;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * What the receive endpoint answers with: the acknowledgement and, when known, what it is about (the document's
     * DocumentId, number and symbol as issued, and date).
     */
    record Receipt(Acknowledgement acknowledgement, String documentId, String senderOrganId, String receiverOrganId,
            String code, LocalDate promulgationDate) {

        Receipt(Acknowledgement acknowledgement) {
            this(acknowledgement, null, null, null, null, null);
        }
    }

    Acknowledgement receive(byte[] bytes) {
        return handle(bytes).acknowledgement();
    }

    Receipt handle(byte[] bytes) {
        String[] about = new String[5];
        var acknowledgement = acknowledge(bytes, about);
        return new Receipt(acknowledgement, about[0], about[1], about[2], about[3],
                about[4] == null ? null : LocalDate.parse(about[4]));
    }

    private Acknowledgement acknowledge(byte[] bytes, String[] about) {
        try {
            var parsed = codec.read(bytes, routes::certificateOf);
            about[1] = parsed.senderOrganId();
            if (parsed.isStatus()) {
                about[0] = parsed.status().responseFor().documentId();
                transaction.executeWithoutResult(status -> outbox.recordStatus(parsed.status()));
                return Acknowledgement.arrived();
            }
            var document = parsed.document();
            about[0] = document.documentId();
            about[2] = document.to().get(0).organId();
            about[3] = Notation.fromCode(document.codeNumber(), document.codeNotation());
            about[4] = document.promulgationDate() == null ? null : document.promulgationDate().toString();
            if (document.business().docType() == EdxmlDocument.Business.RECALL) {
                return recallRequested(document);
            }
            return store(document);
        } catch (PackageRejected e) {
            audit.recordAttempt("EXCHANGE_PACKAGE_REFUSED", "EXCHANGE_INBOX", null, e.getMessage(), Outcome.DENIED);
            return Acknowledgement.refused(e.getMessage());
        } catch (DomainException e) {
            audit.recordAttempt("EXCHANGE_PACKAGE_REFUSED", "EXCHANGE_INBOX", null, e.messageKey(), Outcome.DENIED);
            return Acknowledgement.refused("Tệp đính kèm không được chấp nhận (" + e.messageKey() + ")");
        } catch (DataIntegrityViolationException e) {
            // a concurrent copy of the same package was stored first: it has arrived
            return Acknowledgement.arrived();
        }
    }

    private Acknowledgement store(EdxmlDocument document) {
        InboxLinker.check(document);
        String revision = InboxLinker.revision(document);
        List<AgencySummary> recipients = new ArrayList<>();
        for (var to : document.to()) {
            routes.receivingAgency(to.organId()).filter(a -> !recipients.contains(a)).ifPresent(recipients::add);
        }
        if (recipients.isEmpty()) {
            throw new PackageRejected("Không có cơ quan nhận nào của gói tin thuộc hệ thống này");
        }
        var now = Instant.now(clock);
        // one transaction: the check for an earlier copy, the files' rows and the entries commit together, or
        // nothing does (the stored bytes are kept by content and shared, never half-written)
        transaction.executeWithoutResult(status -> {
            var fresh = recipients.stream().filter(agency -> existing(document, agency, revision) == null).toList();
            if (fresh.isEmpty()) {
                if (document.business().docType() == EdxmlDocument.Business.REPLACE) {
                    recipients.forEach(agency -> replacementOfReceived(existing(document, agency, revision),
                            document));
                }
                return;
            }
            List<StoredFile> stored = new ArrayList<>();
            for (var attachment : document.attachments()) {
                stored.add(files.store(attachment.name(), new ByteArrayInputStream(attachment.content()), null));
            }
            for (var agency : fresh) {
                var entry = new InboxEntry(agency.id(), agency.identifierCode(), document, revision, now);
                stored.forEach(file -> entry.attach(file.id(), file.name()));
                linker.link(entry, document);
                inbox.saveAndFlush(entry);
                audit.record("EXCHANGE_RECEIVED", "EXCHANGE_INBOX", entry.getId(),
                        document.from().organId() + " " + document.documentId() + InboxLinker.describe(entry));
                // one notification while the queue fills (a burst of packages would flood the clerk), and one for
                // every urgent document
                if (entry.getPriority() > 0 || !inbox.existsByAgencyIdAndStateAndIdNot(agency.id(),
                        InboxState.RECEIVED, entry.getId())) {
                    notifyClerks(agency.id(), "exchange.notify.received", new Object[] { entry.getNotation(),
                            entry.getSenderShown() });
                }
            }
        });
        return Acknowledgement.arrived();
    }

    private InboxEntry existing(EdxmlDocument document, AgencySummary agency, String revision) {
        return inbox.findBySenderOrganIdAndDocumentKeyAndRecipientOrganIdAndRevision(document.from().organId(),
                document.documentId(), agency.identifierCode(), revision).orElse(null);
    }

    /** The replacing document had already come as a new one: it now also says what it replaces. */
    private void replacementOfReceived(InboxEntry entry, EdxmlDocument document) {
        if (entry == null || entry.getLinks().getEarlierKey() != null) {
            return;
        }
        entry.replacing();
        linker.link(entry, document);
        audit.record("EXCHANGE_RECEIVED", "EXCHANGE_INBOX", entry.getId(),
                document.from().organId() + " " + document.documentId() + InboxLinker.describe(entry));
    }

    private Acknowledgement recallRequested(EdxmlDocument document) {
        transaction.executeWithoutResult(status -> {
            var entries = inbox.findBySenderOrganIdAndDocumentKeyAndRevision(document.from().organId(),
                    document.documentId(), "");
            if (entries.isEmpty()) {
                throw new PackageRejected("Không có văn bản " + document.documentId() + " để thu hồi");
            }
            for (var entry : entries) {
                entry.recallRequested(document.business().docReason());
                audit.record("EXCHANGE_RECALL_RECEIVED", "EXCHANGE_INBOX", entry.getId(),
                        document.business().docReason());
                notifyClerks(entry.getAgencyId(), "exchange.notify.recall", new Object[] { entry.getNotation() });
            }
        });
        return Acknowledgement.arrived();
    }

    private void notifyClerks(Long agencyId, String titleKey, Object[] args) {
        for (var user : users.staffOf(agencyId)) {
            if (user.enabled() && user.roles().contains(Role.CLERK)) {
                notifier.notify(user.id(), Category.DOCUMENT, titleKey, args, "/exchange/inbox");
            }
        }
    }
}
