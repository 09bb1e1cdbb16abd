package vn.eoffice.tasks.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import vn.eoffice.platform.Choice;
import vn.eoffice.tasks.Party;

/**
 * Names of the agency's units and people for one page: pickers and the "who" columns of tables.
 */
public final class Directory {

    private final Map<Long, String> units;
    private final Map<Long, String> people;
    private final Supplier<List<Choice.Group>> unitChoices;
    private final Supplier<List<Choice.Group>> peopleChoices;

    /** The choices are looked up only by a page that shows a picker, not by a list that only names people. */
    Directory(Map<Long, String> units, Map<Long, String> people, Supplier<List<Choice.Group>> unitChoices,
            Supplier<List<Choice.Group>> peopleChoices) {
        this.units = new LinkedHashMap<>(units);
        this.people = new LinkedHashMap<>(people);
        this.unitChoices = unitChoices;
        this.peopleChoices = peopleChoices;
    }

    /** The units a picker offers, as "U&lt;id&gt;" values. */
    public List<Choice.Group> getUnitChoices() {
        return unitChoices.get();
    }

    /** Who may lead the work: the units, then the people by unit. */
    public List<Choice.Group> getLeadChoices() {
        var both = new java.util.ArrayList<>(getUnitChoices());
        both.addAll(getPeopleChoices());
        return both;
    }

    /** The people a picker offers for a share of the work, by unit, as "P&lt;id&gt;" values. */
    public List<Choice.Group> getPeopleChoices() {
        return peopleChoices.get();
    }

    public Map<Long, String> getUnits() {
        return units;
    }

    public Map<Long, String> getPeople() {
        return people;
    }

    public String person(Long id) {
        return id == null ? "" : people.getOrDefault(id, "—");
    }

    public String unit(Long id) {
        return id == null ? "" : units.getOrDefault(id, "—");
    }

    public String party(Party party) {
        return party == null ? "" : party.isUnit() ? unit(party.unitId()) : person(party.userId());
    }
}
