package vn.eoffice.tasks.web;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.eoffice.tasks.Party;

/**
 * Names of the agency's units and people for one page: pickers and the "who" columns of tables.
 */
public final class Directory {

    private final Map<Long, String> units;
    private final Map<Long, String> people;

    Directory(Map<Long, String> units, Map<Long, String> people) {
        this.units = new LinkedHashMap<>(units);
        this.people = new LinkedHashMap<>(people);
    }

    public Map<Long, String> getUnits() {
        return units;
    }

    public Map<Long, String> getPeople() {
        return people;
    }

    public String person(Long id) {
        return id == null ? "" : people.getOrDefault(id, "#" + id);
    }

    public String unit(Long id) {
        return id == null ? "" : units.getOrDefault(id, "#" + id);
    }

    public String party(Party party) {
        return party == null ? "" : party.isUnit() ? unit(party.unitId()) : person(party.userId());
    }
}
