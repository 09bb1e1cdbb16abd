package vn.eoffice.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.SearchText;
import vn.eoffice.platform.NotFoundException;

/**
 * Reading personnel records and job positions. Lists hold only what the reader may see (an officer: their own
 * record); a record another person reads is audited.
 */
@Service
@Transactional(readOnly = true)
public class PeopleQueries {

    private final Cadres cadres;
    private final PositionsHeld history;
    private final JobPositions positions;
    private final Assignments assignments;
    private final PersonnelOffice office;
    private final AuditLog audit;
    private final Courses courses;

    PeopleQueries(Cadres cadres, PositionsHeld history, JobPositions positions, Assignments assignments,
            PersonnelOffice office, AuditLog audit, Courses courses) {
        this.courses = courses;
        this.cadres = cadres;
        this.history = history;
        this.positions = positions;
        this.assignments = assignments;
        this.office = office;
        this.audit = audit;
    }

    /** Whether the user browses the agency's people and positions (the menu link "Cán bộ"). */
    public boolean mayBrowse(CurrentUser user) {
        return office.mayBrowse(user);
    }

    /** The same for whoever is signed in, as pages ask it (the menu of a page rendered for any principal). */
    public boolean showsMenuTo(Object principal) {
        return principal instanceof CurrentUser user && office.mayBrowse(user);
    }

    /** The agency's personnel office (the unit named by eoffice.people.personnel-unit), or null if it has none. */
    public Long personnelUnitOf(Long agencyId) {
        return office.unitOf(agencyId);
    }

    /** Whether the user keeps the agency's personnel records (create, change, assign). */
    public boolean mayKeep(CurrentUser user) {
        return office.mayKeep(user);
    }

    /** Cadres whose name contains {@code text}, with or without diacritics, optionally of one unit. */
    public List<CadreSummary> list(CurrentUser user, String text, Long unitId) {
        String key = "%" + SearchText.fold(text == null ? "" : text) + "%";
        var found = cadres.search(user.agencyId(), unitId, key, office.mayBrowse(user), user.id());
        var titles = new HashMap<Long, String>();
        if (!found.isEmpty()) {
            history.current(found.stream().map(Cadre::getId).toList())
                    .forEach(h -> titles.put(h.getCadreId(), h.getTitle()));
        }
        return found.stream().map(c -> new CadreSummary(c.getId(), c.getFullName(), c.getUnitId(), c.getUserId(),
                titles.get(c.getId()))).toList();
    }

    /** The user's own record, if the personnel office keeps one. */
    public Optional<Long> ownRecord(CurrentUser user) {
        return cadres.findByUserId(user.id()).map(Cadre::getId);
    }

    /** A whole record; "not found" to those who may not see it; another person's read is audited. */
    @Transactional
    public CadreProfile profile(CurrentUser user, Long id) {
        var cadre = office.visible(user, cadres.findById(id).orElseThrow(() -> new NotFoundException("cadre " + id)));
        if (!user.id().equals(cadre.getUserId())) {
            audit.record("PERSONNEL_RECORD_READ", "CADRE", id, null);
        }
        var holdings = assignments.heldBy(id).stream().map(a -> new CadreProfile.Holding(a.getPositionId(),
                positions.findById(a.getPositionId()).map(JobPosition::getName).orElse(""), a.isMain(),
                a.getValidFrom())).toList();
        return cadre.profile(history.findByCadreIdOrderByValidFromDesc(id).stream().map(PositionHeld::view).toList(),
                holdings);
    }

    /** The agency's job positions with headcount against those assigned (personnel office and leaders). */
    public List<PositionSummary> positions(CurrentUser user) {
        office.requireBrowse(user);
        Map<Long, Long> counts = new HashMap<>();
        assignments.countsHolding().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return positions.findByAgencyIdOrderByUnitIdAscNameAsc(user.agencyId()).stream()
                .map(p -> p.summary(counts.getOrDefault(p.getId(), 0L))).toList();
    }

    /** A position with its framework and holders; holders below its theory standard are flagged. */
    public PositionDetails position(CurrentUser user, Long id) {
        var position = office.visible(user, positions.findById(id)
                .orElseThrow(() -> new NotFoundException("position " + id)));
        var holders = assignments.holding(id).stream().map(a -> {
            var cadre = cadres.findById(a.getCadreId()).orElseThrow();
            return new PositionDetails.Holder(cadre.getId(), cadre.getFullName(), a.isMain(), a.getValidFrom(),
                    cadre.getTheoryLevel(), TheoryLevel.meets(cadre.getTheoryLevel(), position.getRequiredTheory()));
        }).toList();
        return position.details(holders.size(), holders);
    }

    /** The unit in charge of personnel in the agency (the setting {@code eoffice.people.personnel-unit}), if any. */
    public Long personnelUnit(Long agencyId) {
        return office.unitOf(agencyId);
    }

    /**
     * The facts succession planning judges of the agency's cadres named (those of other agencies are left out); for
     * the personnel office and leaders only, who are audited by the plan they read.
     */
    public List<CadreFacts> facts(CurrentUser user, java.util.Collection<Long> cadreIds) {
        office.requireBrowse(user);
        if (cadreIds.isEmpty()) {
            return List.of();
        }
        var titles = new HashMap<Long, String>();
        history.current(cadreIds).forEach(h -> titles.put(h.getCadreId(), h.getTitle()));
        return cadres.findAllById(cadreIds).stream().filter(c -> c.getAgencyId().equals(user.agencyId()))
                .map(c -> c.facts(titles.get(c.getId()), courses.findByCadreIdOrderByFromDateDesc(c.getId()).stream()
                        .anyMatch(course -> course.getKind() == CourseKind.STATE_MANAGEMENT),
                        assignments.heldBy(c.getId()).stream().map(Assignment::getPositionId).toList()))
                .toList();
    }
}
