package vn.eoffice.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.Outcome;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.AccessControl;
import vn.eoffice.organization.OrganizationDirectory;

/**
 * The gap report: the personnel office and the leaders see every unit of the agency, a unit head his own unit;
 * nobody else. Each read is audited, for it shows other people's reviewed levels.
 */
@Service
@Transactional
public class CompetencyGaps {

    private final Assessments assessments;
    private final CompetencyAssessments competency;
    private final PersonnelOffice office;
    private final OrganizationDirectory organization;
    private final AccessControl access;
    private final AuditLog audit;

    CompetencyGaps(Assessments assessments, CompetencyAssessments competency, PersonnelOffice office,
            OrganizationDirectory organization, AccessControl access, AuditLog audit) {
        this.access = access;
        this.assessments = assessments;
        this.competency = competency;
        this.office = office;
        this.organization = organization;
        this.audit = audit;
    }

    /** Whether the user may open the report at all (menu links): the office, the leaders, a unit's head. */
    @Transactional(readOnly = true)
    public boolean mayRead(CurrentUser user) {
        return office.mayBrowse(user) || mayReadUnit(user, user.unitId());
    }

    private boolean mayReadUnit(CurrentUser user, Long unitId) {
        return unitId != null && access.mayViewCompetency(user, user.agencyId(), null, unitId,
                office.unitOf(user.agencyId()));
    }

    /** The report of {@code year}, drilled into {@code unitId} if given (a unit head: always his own unit). */
    public GapReport report(CurrentUser user, int year, Long unitId) {
        boolean whole = office.mayBrowse(user);
        Long unit = whole || unitId != null ? unitId : user.unitId();
        if (!whole && !mayReadUnit(user, unit)) {
            audit.recordAttempt("COMPETENCY_GAPS_READ", "UNIT", unitId, null, Outcome.DENIED);
            throw new AccessDeniedException("denied");
        }
        var units = new LinkedHashMap<Long, String>();
        organization.units(user.agencyId(), office.today()).stream()
                .filter(u -> whole || u.id().equals(unit))
                .forEach(u -> units.put(u.id(), u.name()));
        var people = new ArrayList<GapReport.PersonGap>();
        for (var a : assessments.reviewedIn(user.agencyId(), AssessmentStatus.REVIEWED, year, year)) {
            if (a.getUnitId() != null && units.containsKey(a.getUnitId())) {
                people.add(person(competency.view(a)));
            }
        }
        audit.record("COMPETENCY_GAPS_READ", "UNIT", unit, String.valueOf(year));
        Long drilled = unit;
        var shown = people.stream().filter(p -> drilled == null || drilled.equals(p.unitId())).toList();
        return new GapReport(year, unit, unitRows(units, people), positionRows(shown),
                shown.stream().filter(p -> !p.shortfalls().isEmpty()).toList());
    }

    static GapReport.PersonGap person(AssessmentView a) {
        var shortfalls = a.lines().stream().filter(l -> l.shortfall() > 0)
                .map(l -> new GapReport.Shortfall(l.name(), l.group(), l.requiredLevel(), l.reviewedLevel()))
                .toList();
        return new GapReport.PersonGap(a.cadreId(), a.personName(), a.unitId(), a.positionId(), a.positionName(),
                a.id(), shortfalls);
    }

    private static List<GapReport.UnitGap> unitRows(Map<Long, String> units, List<GapReport.PersonGap> people) {
        return units.entrySet().stream().map(u -> {
            var of = people.stream().filter(p -> u.getKey().equals(p.unitId())).toList();
            return new GapReport.UnitGap(u.getKey(), u.getValue(), of.size(),
                    (int) of.stream().filter(p -> !p.shortfalls().isEmpty()).count(),
                    of.stream().mapToInt(GapReport.PersonGap::levelsMissing).sum());
        }).toList();
    }

    private static List<GapReport.PositionGap> positionRows(List<GapReport.PersonGap> people) {
        var byPosition = new LinkedHashMap<Long, List<GapReport.PersonGap>>();
        people.forEach(p -> byPosition.computeIfAbsent(p.positionId(), k -> new ArrayList<>()).add(p));
        return byPosition.entrySet().stream().map(e -> new GapReport.PositionGap(e.getKey(),
                e.getValue().get(0).positionName(),
                e.getValue().size(), (int) e.getValue().stream().filter(p -> !p.shortfalls().isEmpty()).count(),
                e.getValue().stream().mapToInt(GapReport.PersonGap::levelsMissing).sum())).toList();
    }
}
