package vn.eoffice.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.identity.UserSummary;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.Secrecy;
import vn.eoffice.tasks.Assignment;
import vn.eoffice.tasks.Party;
import vn.eoffice.tasks.Priority;
import vn.eoffice.tasks.SourceRef;
import vn.eoffice.tasks.SourceType;
import vn.eoffice.tasks.TaskAccepted;
import vn.eoffice.tasks.TaskAssigned;
import vn.eoffice.tasks.TaskCompleted;
import vn.eoffice.tasks.TaskManagement;
import vn.eoffice.tasks.TaskProgressReported;
import vn.eoffice.tasks.TaskReturned;
import vn.eoffice.tasks.TaskSummary;

/**
 * The leader's directive on an incoming document, kept in the one task model of the tasks module: the directive
 * becomes the document's top task, the unit head breaks it down there, and the task's progress moves the document.
 * The listeners run in the task change's own transaction, so a document and its tasks never disagree.
 */
@Service
@Transactional
public class Directives {

    private final Documents documents;
    private final DocumentManagement management;
    private final TaskManagement tasks;
    private final UserManagement users;
    private final OrganizationDirectory organization;
    private final AccessControl access;
    private final AuditLog audit;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    Directives(Documents documents, DocumentManagement management, TaskManagement tasks, UserManagement users,
            OrganizationDirectory organization, AccessControl access, AuditLog audit,
            org.springframework.context.ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.documents = documents;
        this.management = management;
        this.tasks = tasks;
        this.users = users;
        this.organization = organization;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The leader directs the document: it becomes a task for the lead, with co-processors and a deadline. */
    public TaskSummary direct(CurrentUser leader, Long documentId, DirectiveForm form) {
        var document = management.visible(leader, documentId);
        if (!leader.hasRole(Role.LEADER)) {
            throw new AccessDeniedException("leaders direct documents");
        }
        if (!document.isAwaitingDirective()) {
            throw new DomainException("directive.alreadyDirected");
        }
        if (form.deadline().isBefore(LocalDate.now(clock))) {
            throw new DomainException("directive.deadline.past");
        }
        Set<Long> people = new HashSet<>(form.coUserIds());
        people.addAll(form.infoUserIds());
        if (form.leadUserId() != null) {
            people.add(form.leadUserId());
        }
        people.forEach(id -> checkPerson(document, id));
        Set<Long> units = new HashSet<>(form.coUnitIds());
        if (form.leadUnitId() != null) {
            units.add(form.leadUnitId());
        }
        units.forEach(id -> checkUnit(document, id));

        Party lead = form.leadUnitId() != null ? Party.unit(form.leadUnitId()) : Party.user(form.leadUserId());
        Set<Party> co = new HashSet<>();
        form.coUnitIds().forEach(id -> co.add(Party.unit(id)));
        form.coUserIds().forEach(id -> co.add(Party.user(id)));
        Long assigner = leader.delegator() != null ? leader.delegator().userId() : leader.id();
        var task = tasks.assign(new Assignment(document.getAgencyId(), title(document), form.opinion().trim(),
                new SourceRef(SourceType.DOCUMENT, documentId), assigner, lead, co, form.infoUserIds(),
                LocalDate.now(clock), form.deadline(), priority(document.getUrgency()), document.getSecrecy()));

        if (form.leadUnitId() != null) {
            document.addParticipant(Participant.unit(form.leadUnitId(), ParticipantRole.LEAD));
            document.assignOwnerUnit(form.leadUnitId());
        } else {
            document.addParticipant(Participant.user(form.leadUserId(), ParticipantRole.LEAD));
            document.assignOwnerUnit(users.summary(form.leadUserId()).unitId());
        }
        form.coUnitIds().forEach(id -> document.addParticipant(Participant.unit(id, ParticipantRole.CO)));
        form.coUserIds().forEach(id -> document.addParticipant(Participant.user(id, ParticipantRole.CO)));
        form.infoUserIds().forEach(id -> document.addParticipant(Participant.user(id, ParticipantRole.INFO)));
        document.directed(form.deadline());
        management.record(document, leader, "DIRECTED", form.opinion().trim());
        audit.record("DOCUMENT_DIRECTED", "DOCUMENT", documentId, "task " + task.id(), document.getSecrecy());
        events.publishEvent(new vn.eoffice.platform.StepDone(directStep(documentId)));
        return task;
    }

    /** The name of the leader's step "direct this document", cleared once it is directed. */
    public static String directStep(Long documentId) {
        return "incoming:" + documentId + ":direct";
    }

    /** The document's tasks, top task first. */
    @Transactional(readOnly = true)
    public List<TaskSummary> tasksOf(CurrentUser user, Long documentId) {
        management.visible(user, documentId);
        return tasks.tasksFor(new SourceRef(SourceType.DOCUMENT, documentId));
    }

    @EventListener
    void on(TaskAssigned event) {
        if (event.parentId() == null || !isDocument(event.source())) {
            return;
        }
        documents.findById(event.source().id()).ifPresent(document -> {
            add(document, event.lead(), ParticipantRole.LEAD);
            event.coProcessors().forEach(party -> add(document, party, ParticipantRole.CO));
            event.informedUserIds().forEach(id -> document.addParticipant(Participant.user(id, ParticipantRole.INFO)));
            record(document, "ASSIGNED", event.lead().userId() != null
                    ? users.summary(event.lead().userId()).fullName()
                    : organization.unit(event.lead().unitId()).name());
        });
    }

    @EventListener
    void on(TaskProgressReported event) {
        ifDocument(event.source(), document -> {
            document.workStarted();
            record(document, "PROGRESS", event.percent() + "%");
        });
    }

    @EventListener
    void on(TaskCompleted event) {
        ifDocument(event.source(), document -> {
            document.workStarted();
            record(document, "COMPLETED", tasks.summary(event.taskId()).title());
        });
    }

    @EventListener
    void on(TaskReturned event) {
        ifDocument(event.source(), document -> record(document, "RETURNED", event.reason()));
    }

    @EventListener
    void on(TaskAccepted event) {
        ifDocument(event.source(), document -> {
            if (tasks.summary(event.taskId()).parentId() == null) {
                document.handled();
                record(document, "DONE", null);
            } else {
                record(document, "ACCEPTED", tasks.summary(event.taskId()).title());
            }
        });
    }

    private void ifDocument(SourceRef source, java.util.function.Consumer<Document> action) {
        if (isDocument(source)) {
            documents.findById(source.id()).ifPresent(action);
        }
    }

    private static boolean isDocument(SourceRef source) {
        return source != null && source.type() == SourceType.DOCUMENT && source.id() != null;
    }

    private void add(Document document, Party party, ParticipantRole role) {
        document.addParticipant(party.userId() != null ? Participant.user(party.userId(), role)
                : Participant.unit(party.unitId(), role));
    }

    private void record(Document document, String kind, String note) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser actor) {
            management.record(document, actor, kind, note);
        } else {
            management.recordSystem(document, kind, note);
        }
    }

    private void checkPerson(Document document, Long userId) {
        var person = users.summary(userId);
        if (!person.agencyId().equals(document.getAgencyId()) || !person.enabled()) {
            throw new DomainException("directive.person.otherAgency", person.fullName());
        }
        if (!person.clearance().covers(document.getSecrecy())) {
            throw new DomainException("directive.person.notCleared", person.fullName());
        }
    }

    private void checkUnit(Document document, Long unitId) {
        var unit = organization.unit(unitId);
        if (!unit.agencyId().equals(document.getAgencyId())) {
            throw new DomainException("directive.unit.otherAgency");
        }
        // a unit's task reaches its heads (or, in a unit without one, its members): secret work given to a unit where
        // none of them may know of it would reach nobody
        var members = users.membersOf(unitId).stream().filter(UserSummary::enabled).toList();
        var heads = members.stream().filter(member -> member.roles().contains(Role.UNIT_HEAD)).toList();
        if (document.getSecrecy() != Secrecy.NONE && (heads.isEmpty() ? members : heads).stream()
                .noneMatch(member -> access.mayKnowOf(member, document.getSecrecy()))) {
            throw new DomainException("directive.unit.notCleared", unit.name(),
                    new DefaultMessageSourceResolvable(document.getSecrecy().messageKey()));
        }
    }

    private static String title(Document document) {
        String title = "Xử lý văn bản " + document.getNotation() + ": " + document.getSummary();
        return title.length() > 200 ? title.substring(0, 197) + "…" : title;
    }

    private static Priority priority(Urgency urgency) {
        return switch (urgency) {
            case NORMAL -> Priority.NORMAL;
            case URGENT -> Priority.HIGH;
            case VERY_URGENT, FLASH -> Priority.URGENT;
        };
    }
}
