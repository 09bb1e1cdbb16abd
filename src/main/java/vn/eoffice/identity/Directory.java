package vn.eoffice.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import vn.eoffice.platform.Choice;

/**
 * The units and people of the viewer's agency for one page, from {@link Candidates}: their names for the "who"
 * columns and the candidates of its pickers (units as a tree, people by unit, each role's own). Each list is looked
 * up once, and only if the page asks for it.
 */
public final class Directory {

    private final Supplier<Map<Long, String>> units;
    private final Supplier<Map<Long, String>> people;
    private final Supplier<List<Choice.Group>> unitChoices;
    private final Supplier<List<Choice.Group>> peopleChoices;
    private final Supplier<List<Choice.Group>> processorChoices;
    private final Supplier<List<Choice.Group>> leaderChoices;

    Directory(Supplier<Map<Long, String>> units, Supplier<Map<Long, String>> people,
            Supplier<List<Choice.Group>> unitChoices, Supplier<List<Choice.Group>> peopleChoices,
            Supplier<List<Choice.Group>> processorChoices, Supplier<List<Choice.Group>> leaderChoices) {
        this.units = once(units);
        this.people = once(people);
        this.unitChoices = once(unitChoices);
        this.peopleChoices = once(peopleChoices);
        this.processorChoices = once(processorChoices);
        this.leaderChoices = once(leaderChoices);
    }

    /** Names of the units in force, by id. */
    public Map<Long, String> getUnits() {
        return units.get();
    }

    /** Names of the agency's people, former staff included (they still sign timelines), by id. */
    public Map<Long, String> getPeople() {
        return people.get();
    }

    public String unit(Long id) {
        return id == null ? "" : getUnits().getOrDefault(id, "—");
    }

    public String person(Long id) {
        return id == null ? "" : getPeople().getOrDefault(id, "—");
    }

    /** The units as a tree. */
    public List<Choice.Group> getUnitChoices() {
        return unitChoices.get();
    }

    /** Any member of staff, the viewer included (invitations, chair, members of a delegation). */
    public List<Choice.Group> getPeopleChoices() {
        return peopleChoices.get();
    }

    /** Leaders, unit heads and officers other than the viewer (chủ trì, phối hợp, người thẩm định). */
    public List<Choice.Group> getProcessorChoices() {
        return processorChoices.get();
    }

    /** The agency's leaders, who direct (trình lãnh đạo). */
    public List<Choice.Group> getLeaderChoices() {
        return leaderChoices.get();
    }

    /**
     * The same directory for a picker that offers units and people together: units sent as "U&lt;id&gt;", people
     * as "P&lt;id&gt;".
     */
    public Directory getTagged() {
        return new Directory(units, people, () -> tagged(getUnitChoices(), "U"), () -> tagged(getPeopleChoices(), "P"),
                () -> tagged(getProcessorChoices(), "P"), () -> tagged(getLeaderChoices(), "P"));
    }

    /** The units, then the processors by unit: who may lead a piece of work. */
    public List<Choice.Group> getLeadChoices() {
        var both = new ArrayList<>(getUnitChoices());
        both.addAll(getProcessorChoices());
        return both;
    }

    private static List<Choice.Group> tagged(List<Choice.Group> groups, String prefix) {
        return groups.stream().map(group -> new Choice.Group(group.label(),
                group.choices().stream().map(choice -> choice.prefixed(prefix)).toList())).toList();
    }

    private static <T> Supplier<T> once(Supplier<T> lookup) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = lookup.get();
                }
                return value;
            }
        };
    }
}
