package vn.eoffice.tasks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.platform.Actor;
import vn.eoffice.platform.WaitingItem;
import vn.eoffice.platform.WaitingStep;
import vn.eoffice.platform.WaitingWork;

/**
 * The tasks' part of the queue: my unit's tasks to hand down (unit head), tasks I lead to report on, returned ones,
 * results and extension requests waiting for me as the assigner. Each count reads at most 100 ids, within the
 * person's agency and clearance.
 */
@Component
@Transactional(readOnly = true)
class TaskWork implements WaitingWork {

    static final String AREA = "queue.area.tasks";

    /**
     * The unit's task its head handed down: once every part handed down is accepted (or cancelled), the unit owes its
     * report to whoever assigned it, and the head makes it.
     */
    private static final String UNIT_READY_TO_REPORT = "t.leadUnitId = :unit"
            + " and exists (select c.id from Task c where c.parentId = t.id)"
            + " and not exists (select c.id from Task c where c.parentId = t.id and c.status not in"
            + " (vn.eoffice.tasks.TaskStatus.ACCEPTED, vn.eoffice.tasks.TaskStatus.CANCELLED))";

    private enum Kind {
        TO_HAND_DOWN("/tasks?view=UNIT&status=ASSIGNED"), TO_DO("/tasks?view=MINE"),
        RETURNED("/tasks?view=MINE&status=RETURNED"), TO_ACCEPT("/tasks?view=ASSIGNED&status=COMPLETED"),
        EXTENSIONS("/tasks?view=ASSIGNED");

        final String link;

        Kind(String link) {
            this.link = link;
        }

        String key() {
            return "queue.tasks." + name();
        }
    }

    private final EntityManager entityManager;
    private final AccessControl access;

    TaskWork(EntityManager entityManager, AccessControl access) {
        this.entityManager = entityManager;
        this.access = access;
    }

    @Override
    public List<WaitingStep> waitingFor(Actor actor) {
        if (!(actor instanceof CurrentUser user) || user.roles().equals(Set.of(Role.ADMIN))) {
            return List.of();
        }
        var steps = new ArrayList<WaitingStep>();
        for (Kind kind : Kind.values()) {
            if (concerns(kind, user)) {
                steps.add(new WaitingStep(AREA, kind.key(), query(kind, user, WaitingStep.COUNT_LIMIT + 1).size(),
                        kind.link));
            }
        }
        return steps;
    }

    @Override
    public List<WaitingItem> firstWaiting(Actor actor, String key, int limit) {
        if (!(actor instanceof CurrentUser user)) {
            return List.of();
        }
        for (Kind kind : Kind.values()) {
            if (kind.key().equals(key) && concerns(kind, user)) {
                var ids = query(kind, user, limit);
                if (ids.isEmpty()) {
                    return List.of();
                }
                return entityManager.createQuery("select t from Task t where t.id in :ids order by t.deadline, t.id",
                        Task.class).setParameter("ids", ids).getResultList().stream()
                        .map(t -> new WaitingItem(t.getTitle(), "/tasks/" + t.getId())).toList();
            }
        }
        return List.of();
    }

    private static boolean concerns(Kind kind, CurrentUser user) {
        boolean assigns = user.hasRole(Role.LEADER) || user.hasRole(Role.UNIT_HEAD);
        return switch (kind) {
            case TO_HAND_DOWN -> user.hasRole(Role.UNIT_HEAD) && user.unitId() != null;
            case TO_DO, RETURNED -> true;
            case TO_ACCEPT, EXTENSIONS -> assigns;
        };
    }

    private List<Long> query(Kind kind, CurrentUser user, int limit) {
        var scope = access.listScope(user);
        Set<Long> me = new HashSet<>(Set.of(user.id()));
        if (user.delegator() != null) {
            me.add(user.delegator().userId());
        }
        Long unit = user.unitId() == null ? -1L : user.unitId();
        boolean head = user.hasRole(Role.UNIT_HEAD);
        String where = switch (kind) {
            case TO_HAND_DOWN -> "t.leadUnitId = :unit and t.status = vn.eoffice.tasks.TaskStatus.ASSIGNED"
                    + " and not exists (select c.id from Task c where c.parentId = t.id)";
            case TO_DO -> "t.status in (vn.eoffice.tasks.TaskStatus.ASSIGNED, vn.eoffice.tasks.TaskStatus.IN_PROGRESS)"
                    + " and (t.leadUserId in :me" + (head ? " or (" + UNIT_READY_TO_REPORT + "))" : ")");
            case RETURNED -> "t.status = vn.eoffice.tasks.TaskStatus.RETURNED and (t.leadUserId in :me"
                    + (head ? " or t.leadUnitId = :unit)" : ")");
            case TO_ACCEPT -> "t.assignerId in :me and t.status = vn.eoffice.tasks.TaskStatus.COMPLETED";
            case EXTENSIONS -> "t.assignerId in :me and exists (select e.id from ExtensionRequest e"
                    + " where e.taskId = t.id and e.status = vn.eoffice.tasks.ExtensionStatus.PENDING)";
        };
        TypedQuery<Long> query = entityManager.createQuery("select t.id from Task t where t.agencyId = :agency"
                + " and t.secrecy in :levels and " + where + " order by t.deadline, t.id", Long.class)
                .setParameter("agency", scope.agencyId()).setParameter("levels", scope.secrecyLevels());
        if (where.contains(":me")) {
            query.setParameter("me", me);
        }
        if (where.contains(":unit")) {
            query.setParameter("unit", unit);
        }
        return query.setMaxResults(limit).getResultList();
    }
}
