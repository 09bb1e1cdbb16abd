package vn.eoffice.people;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;

/** An agency's records as the statistics and the exports read them at once: a few queries, whatever its size. */
@Component
class StaffData {

    /** What was loaded: the records (of one unit, or all), the agency's unit names, positions and assignments. */
    record Snapshot(LocalDate today, List<CadreProfile> people, Map<Long, String> units, Map<Long, String> titles,
            List<JobPosition> positions, List<Assignment> assignments, Map<Long, LocalDate> firstStarts) {

        String unitName(Long unitId) {
            return unitId == null ? null : units.get(unitId);
        }
    }

    private final StaffRecords records;
    private final OrganizationDirectory organization;
    private final PersonnelOffice office;

    StaffData(StaffRecords records, OrganizationDirectory organization, PersonnelOffice office) {
        this.records = records;
        this.organization = organization;
        this.office = office;
    }

    Snapshot load(CurrentUser user, Long unitId) {
        LocalDate today = office.today();
        var units = new LinkedHashMap<Long, String>();
        organization.units(user.agencyId(), today).forEach(u -> units.put(u.id(), u.name()));
        var people = records.cadres(user.agencyId()).stream()
                .filter(c -> unitId == null || unitId.equals(c.getUnitId()))
                .map(c -> c.profile(List.of(), List.of())).toList();
        var ids = people.stream().map(CadreProfile::id).toList();
        var titles = new HashMap<Long, String>();
        var starts = new HashMap<Long, LocalDate>();
        if (!ids.isEmpty()) {
            records.current(ids).forEach(h -> titles.put(h.getCadreId(), h.getTitle()));
            records.firstStarts(ids).forEach(row -> starts.put((Long) row[0], (LocalDate) row[1]));
        }
        var positions = records.positions(user.agencyId()).stream()
                .filter(p -> unitId == null || Objects.equals(unitId, p.details(0, List.of()).summary().unitId()))
                .toList();
        return new Snapshot(today, people, units, titles, positions, records.assignments(user.agencyId()), starts);
    }
}
