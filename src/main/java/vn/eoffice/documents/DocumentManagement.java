package vn.eoffice.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Permission;
import vn.eoffice.identity.ProtectedObject;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;
import vn.eoffice.platform.Secrecy;

/**
 * The documents' facade: registering incoming documents with their arrival number, submitting them to a leader, and
 * reading them under the access rule. A document the caller may not see does not exist for them (404).
 */
@Service
@Transactional
public class DocumentManagement {

    private final Documents documents;
    private final DocumentEvents timeline;
    private final RegisterManagement registers;
    private final AccessControl access;
    private final UserManagement users;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DocumentsProperties properties;

    DocumentManagement(Documents documents, DocumentEvents timeline, RegisterManagement registers,
            AccessControl access, UserManagement users, AuditLog audit, ApplicationEventPublisher events,
            Clock clock, DocumentsProperties properties) {
        this.documents = documents;
        this.timeline = timeline;
        this.registers = registers;
        this.access = access;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
    }

    /** Registers an incoming document: arrival number and date from the register, in this same transaction. */
    public Document registerIncoming(CurrentUser clerk, IncomingDetails details, List<AttachedFile> files) {
        return registerIncoming(clerk, details, () -> files);
    }

    /**
     * Registers an incoming document from files uploaded with it, stored by {@code uploads} in this same transaction
     * once the registration is allowed: a registration refused keeps none of its files, and one commit is written.
     */
    public Document registerIncoming(CurrentUser clerk, IncomingDetails details,
            Supplier<List<AttachedFile>> uploads) {
        if (!clerk.hasRole(Role.CLERK)) {
            throw new AccessDeniedException("clerks register documents");
        }
        if (!clerk.clearance().covers(details.secrecy())) {
            throw new DomainException("document.secrecy.notCleared");
        }
        var register = registers.incomingRegister(clerk.agencyId(), details.registerId(), details.secrecy());
        registers.type(details.typeCode());
        var now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        if (details.deadline() != null && details.deadline().isBefore(today)) {
            throw new DomainException("document.deadline.past");
        }
        var document = Document.incoming(clerk.agencyId(), details, clerk.id(), clerk.unitId(), now);
        var files = uploads.get();
        if (!files.isEmpty() && document.getSecrecy() != Secrecy.NONE && !properties.keepsSecretFiles()) {
            throw new DomainException("document.secret.filesNotKept");
        }
        for (var file : files) {
            document.attach(file.fileId(), document.getFiles().isEmpty() ? DocumentFile.Kind.MAIN
                    : DocumentFile.Kind.ATTACHMENT, file.name());
        }
        // the document, its files and the listeners' event publications are written first; the arrival number (a
        // locked counter row) is taken last, so its lock is held only for the few statements before the commit: the
        // timeline line, the audit line and the number on the document
        documents.saveAndFlush(document);
        events.publishEvent(new DocumentChanged(document.getId(), true));
        events.publishEvent(new DocumentRegistered(document.getId(), document.getAgencyId(),
                document.getUrgency().isUrgent()));
        documents.flush();
        var number = registers.issue(register.getId(), NumberRequest.arrival(today, details.secrecy()));
        document.numbered(register.getId(), number, today);
        timeline.save(new DocumentEvent(document.getId(), now, clerk.id(), actingFor(clerk), "REGISTERED",
                "Số đến " + number.ordinal()));
        audit.record("DOCUMENT_REGISTERED", "DOCUMENT", document.getId(),
                "số đến " + number.ordinal() + ", " + document.getNotation(), document.getSecrecy());
        return document;
    }

    /** Whether this installation stores the files of secret documents (see {@code eoffice.documents.secret-files}). */
    public boolean keepsSecretFiles() {
        return properties.keepsSecretFiles();
    }

    /** Earlier registrations from the same issuer with the same number and date (a probable duplicate). */
    @Transactional(readOnly = true)
    public List<Document> probableDuplicates(CurrentUser user, String issuerName, String notation,
            LocalDate documentDate) {
        if (issuerName == null || issuerName.isBlank() || notation == null || notation.isBlank()
                || documentDate == null) {
            return List.of();
        }
        // the same number typed another way (spaces, letter case, Ð for Đ) is still the same document
        var typed = Notation.of(notation);
        return documents.findByAgencyIdAndDirectionAndIssuerNameIgnoreCaseAndDocumentDate(user.agencyId(),
                Direction.INCOMING, Notation.clean(issuerName), documentDate).stream()
                .filter(document -> typed.sameAs(Notation.of(document.getNotation())))
                .filter(document -> access.may(user, Permission.VIEW, protection(document)))
                .toList();
    }

    /** The clerk submits the document to a leader of the agency for a directive. */
    public Document submit(CurrentUser clerk, Long documentId, Long leaderId) {
        var document = visible(clerk, documentId);
        if (!clerk.hasRole(Role.CLERK)) {
            throw new AccessDeniedException("clerks submit documents");
        }
        var leader = users.summary(leaderId);
        if (!leader.roles().contains(Role.LEADER) || !leader.agencyId().equals(document.getAgencyId())
                || !leader.enabled()) {
            throw new DomainException("document.submit.notALeader");
        }
        if (!leader.clearance().covers(document.getSecrecy())) {
            throw new DomainException("document.submit.leaderNotCleared");
        }
        document.submitTo(leaderId);
        record(document, clerk, "SUBMITTED", leader.fullName());
        audit.record("DOCUMENT_SUBMITTED", "DOCUMENT", documentId, leader.username(), document.getSecrecy());
        events.publishEvent(new DocumentSubmitted(documentId, leaderId, document.getSummary(),
                document.getUrgency().isUrgent(), document.getSecrecy()));
        return document;
    }

    /** The document if the user may see it; otherwise, as if it did not exist. */
    @Transactional(readOnly = true)
    public Document visible(CurrentUser user, Long documentId) {
        return ifVisible(user, documentId).orElseThrow(() -> new NotFoundException("document"));
    }

    /** Whether the user may see the document (false also when it does not exist); for links to show or not. */
    @Transactional(readOnly = true)
    public boolean mayView(CurrentUser user, Long documentId) {
        return documentId != null && ifVisible(user, documentId).isPresent();
    }

    private Optional<Document> ifVisible(CurrentUser user, Long documentId) {
        return documents.findById(documentId)
                .filter(document -> access.may(user, Permission.VIEW, protection(document)));
    }

    /** A file of a document the user may see. */
    @Transactional(readOnly = true)
    public DocumentFile file(CurrentUser user, Long documentId, int position) {
        return visible(user, documentId).getFiles().stream().filter(f -> f.position() == position).findFirst()
                .orElseThrow(() -> new NotFoundException("file"));
    }

    /**
     * The document's facts for a projection (search), without an access check: callers apply the access rule
     * themselves from {@link DocumentSnapshot}'s agency, secrecy, owner unit and participants.
     */
    @Transactional(readOnly = true)
    public DocumentSnapshot snapshot(Long documentId) {
        return findSnapshot(documentId).orElseThrow(() -> new NotFoundException("document"));
    }

    /** As {@link #snapshot}, empty for a document that does not exist (or whose creation rolled back). */
    @Transactional(readOnly = true)
    public Optional<DocumentSnapshot> findSnapshot(Long documentId) {
        return documents.findById(documentId).map(DocumentSnapshot::of);
    }

    /**
     * The documents changed since {@code since}, each with the time of its latest change: every change puts a step on
     * the timeline and announces {@link DocumentChanged}, so a projection that lost some of those events in a crash
     * finds here what to read again.
     */
    @Transactional(readOnly = true)
    public List<DocumentChange> changedSince(Instant since) {
        return timeline.changesSince(since);
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(CurrentUser user, Long documentId) {
        visible(user, documentId);
        return timeline.findByDocumentIdOrderByOccurredAtAscIdAsc(documentId).stream().map(TimelineEntry::of).toList();
    }

    /** The facts about a document that decide who may reach it. */
    public static ProtectedObject protection(Document document) {
        Set<Long> people = new HashSet<>();
        Set<Long> units = new HashSet<>();
        for (var participant : document.getParticipants()) {
            if (participant.userId() != null) {
                people.add(participant.userId());
            }
            if (participant.unitId() != null) {
                units.add(participant.unitId());
            }
        }
        return new ProtectedObject(document.getAgencyId(), document.getOwnerUnitId(), document.getSecrecy(), people,
                units);
    }

    /** A step taken by the system (a scheduled job, an event without a signed-in person). */
    void recordSystem(Document document, String kind, String note) {
        timeline.save(new DocumentEvent(document.getId(), Instant.now(clock), null, null, kind, note));
        events.publishEvent(new DocumentChanged(document.getId()));
    }

    /**
     * Puts a step on the document's timeline: who, acting for whom, when, what. Every step changes the document,
     * so this is also where the change is announced (search keeps its projection from it).
     */
    public void record(Document document, CurrentUser actor, String kind, String note) {
        timeline.save(new DocumentEvent(document.getId(), Instant.now(clock), actor.id(), actingFor(actor), kind,
                note));
        events.publishEvent(new DocumentChanged(document.getId()));
    }

    private static Long actingFor(CurrentUser actor) {
        return actor.delegator() == null ? null : actor.delegator().userId();
    }
}
