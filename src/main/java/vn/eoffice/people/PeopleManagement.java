package vn.eoffice.people;

import java.time.Clock;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;

/**
 * Keeping personnel records and job positions: the agency's personnel office only. Every change is audited; a
 * refused change leaves nothing written.
 */
@Service
@Transactional
public class PeopleManagement {

    private final Cadres cadres;
    private final PositionsHeld history;
    private final JobPositions positions;
    private final Assignments assignments;
    private final PersonnelOffice office;
    private final UserManagement users;
    private final AuditLog audit;
    private final Clock clock;

    PeopleManagement(Cadres cadres, PositionsHeld history, JobPositions positions, Assignments assignments,
            PersonnelOffice office, UserManagement users, AuditLog audit, Clock clock) {
        this.cadres = cadres;
        this.history = history;
        this.positions = positions;
        this.assignments = assignments;
        this.office = office;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    public Long create(CurrentUser user, CadreForm form) {
        office.requireKeep(user, "CADRE_CREATE", null);
        check(user, form, null);
        var cadre = cadres.save(new Cadre(user.agencyId(), form, clock.instant()));
        audit.record("CADRE_CREATED", "CADRE", cadre.getId(), cadre.getFullName());
        return cadre.getId();
    }

    /** Changes a record; {@code version} is the one the editor saw (null: the current one). */
    public void update(CurrentUser user, Long id, Long version, CadreForm form) {
        var cadre = editable(user, id, "CADRE_UPDATE");
        if (version != null && version != cadre.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Cadre.class, id);
        }
        check(user, form, id);
        cadre.change(form);
        audit.record("CADRE_UPDATED", "CADRE", id, cadre.getFullName());
    }

    /** Records a decision: the position held until now ends the day before the new one takes effect. */
    public void recordPosition(CurrentUser user, Long id, PositionHeldForm form) {
        editable(user, id, "CADRE_HISTORY");
        var next = new PositionHeld(id, form);
        history.findByCadreIdOrderByValidFromDesc(id).stream().filter(PositionHeld::open)
                .forEach(open -> open.endBefore(next));
        history.save(next);
        audit.record("CADRE_POSITION_RECORDED", "CADRE", id, form.decisionKind() + " " + form.decisionNumber());
    }

    public Long createPosition(CurrentUser user, PositionForm form) {
        office.requireKeep(user, "POSITION_CREATE", null);
        office.requireOwnUnit(user, form.unitId());
        var position = positions.save(new JobPosition(user.agencyId(), form));
        audit.record("JOB_POSITION_CREATED", "JOB_POSITION", position.getId(), position.getName());
        return position.getId();
    }

    public void updatePosition(CurrentUser user, Long id, PositionForm form) {
        var position = office.visible(user, positions.findById(id)
                .orElseThrow(() -> new NotFoundException("position " + id)));
        office.requireKeep(user, "POSITION_UPDATE", id);
        office.requireOwnUnit(user, form.unitId());
        position.change(form);
        audit.record("JOB_POSITION_UPDATED", "JOB_POSITION", id, position.getName());
    }

    /**
     * Assigns a person to a position. A new primary position ends the person's previous primary one the day before;
     * the same person cannot hold the same position twice at once.
     */
    public void assign(CurrentUser user, Long positionId, AssignmentForm form) {
        var position = office.visible(user, positions.findById(positionId)
                .orElseThrow(() -> new NotFoundException("position " + positionId)));
        office.requireKeep(user, "POSITION_ASSIGN", positionId);
        var cadre = cadres.findById(form.cadreId()).filter(c -> c.getAgencyId().equals(position.getAgencyId()))
                .orElseThrow(() -> new DomainException("people.assignment.cadre.unknown"));
        var held = assignments.heldBy(cadre.getId());
        if (held.stream().anyMatch(a -> a.getPositionId().equals(positionId))) {
            throw new DomainException("people.assignment.already");
        }
        if (form.main()) {
            held.stream().filter(Assignment::isMain).forEach(a -> a.endBefore(form.validFrom()));
        }
        assignments.save(new Assignment(positionId, cadre.getId(), form.main(), form.validFrom()));
        audit.record("JOB_POSITION_ASSIGNED", "JOB_POSITION", positionId, cadre.getFullName());
    }

    private Cadre editable(CurrentUser user, Long id, String action) {
        var cadre = office.visible(user, cadres.findById(id).orElseThrow(() -> new NotFoundException("cadre " + id)));
        office.requireKeep(user, action, id);
        return cadre;
    }

    private void check(CurrentUser user, CadreForm form, Long id) {
        office.requireOwnUnit(user, form.unitId());
        if (form.userId() == null) {
            return;
        }
        if (users.staffOf(user.agencyId()).stream().noneMatch(u -> u.id().equals(form.userId()))) {
            throw new DomainException("people.form.user.unknown");
        }
        cadres.findByUserId(form.userId()).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new DomainException("people.form.user.taken");
        });
    }
}
