package vn.eoffice.tasks;

import java.util.HashSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.Outcome;
import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.ListScope;
import vn.eoffice.identity.Permission;
import vn.eoffice.identity.ProtectedObject;
import vn.eoffice.identity.Role;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.NotFoundException;

/**
 * Who a person is with respect to a task (lead, co-processor, assigner), and whether they may see it at all — the
 * latter always answered by {@link AccessControl}. A deputy acting under a delegation counts as the absent colleague.
 */
@Component
class Participation {

    private final Tasks tasks;
    private final AccessControl access;
    private final OrganizationDirectory organization;
    private final AuditLog audit;

    Participation(Tasks tasks, AccessControl access, OrganizationDirectory organization, AuditLog audit) {
        this.tasks = tasks;
        this.access = access;
        this.organization = organization;
        this.audit = audit;
    }

    /** The task if the person may see it; otherwise it does not exist for them (404). */
    Task visible(Long taskId, CurrentUser user) {
        var task = tasks.findById(taskId).orElseThrow(() -> new NotFoundException("task " + taskId));
        if (!access.may(user, Permission.VIEW, protectedObject(task))) {
            throw new NotFoundException("task " + taskId);
        }
        return task;
    }

    /** What the person may see, as a filter for the list queries: the same rule as {@link #visible}. */
    ListScope listScope(CurrentUser user) {
        return access.listScope(user);
    }

    ProtectedObject protectedObject(Task task) {
        Set<Long> users = new HashSet<>();
        users.add(task.getAssignerId());
        Set<Long> units = new HashSet<>();
        addParty(task.lead(), users, units);
        task.coParties().forEach(p -> addParty(p, users, units));
        users.addAll(task.getInformedUserIds());
        tasks.findByParentIdOrderById(task.getId()).forEach(child -> {
            if (child.getLeadUserId() != null) {
                users.add(child.getLeadUserId());
            }
        });
        return new ProtectedObject(task.getAgencyId(), task.getOwnerUnitId(), task.getSecrecy(), users, units);
    }

    private static void addParty(Party party, Set<Long> users, Set<Long> units) {
        if (party.isUnit()) {
            units.add(party.unitId());
        } else {
            users.add(party.userId());
        }
    }

    boolean leads(CurrentUser user, Task task) {
        return acts(user, task.lead());
    }

    boolean coProcesses(CurrentUser user, Task task) {
        return task.coParties().stream().anyMatch(p -> acts(user, p));
    }

    boolean assigned(CurrentUser user, Task task) {
        return task.getAssignerId().equals(user.id())
                || (user.delegator() != null && task.getAssignerId().equals(user.delegator().userId()));
    }

    /** The person itself, or the head of the unit (or of a unit above it). */
    private boolean acts(CurrentUser user, Party party) {
        if (matches(user.id(), user.unitId(), user.roles(), party)) {
            return true;
        }
        var delegator = user.delegator();
        return delegator != null && matches(delegator.userId(), delegator.unitId(), delegator.roles(), party);
    }

    private boolean matches(Long userId, Long unitId, Set<Role> roles, Party party) {
        if (party.userId() != null) {
            return party.userId().equals(userId);
        }
        return roles.contains(Role.UNIT_HEAD) && unitId != null && organization.isWithin(party.unitId(), unitId);
    }

    /** Refuses (and audits the refusal) when the person does not hold the needed part in the task. */
    void require(boolean allowed, String action, Task task) {
        if (!allowed) {
            audit.recordAttempt("TASK_" + action, "TASK", task.getId(), null, Outcome.DENIED);
            throw new AccessDeniedException("denied");
        }
    }
}
