package vn.eoffice.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.eoffice.platform.Choice;

/**
 * Cadres for the shared picker: one group per unit in the unit tree's order, those outside every unit first under
 * an empty heading; each with his current title as the second line. Cadres are personnel records (commune cadres
 * may have no account), so they come from the people module, not from the accounts' directory.
 */
public final class CadreChoices {

    private CadreChoices() {
    }

    /** The groups of {@code cadres}, {@code units} being the units' names by id in the tree's order. */
    public static List<Choice.Group> of(List<CadreSummary> cadres, Map<Long, String> units) {
        var byUnit = new LinkedHashMap<Long, List<Choice>>();
        byUnit.put(null, new ArrayList<>());
        units.keySet().forEach(id -> byUnit.put(id, new ArrayList<>()));
        cadres.forEach(c -> byUnit.computeIfAbsent(units.containsKey(c.unitId()) ? c.unitId() : null,
                id -> new ArrayList<>()).add(Choice.of(c.id(), c.fullName(), c.currentTitle())));
        return byUnit.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new Choice.Group(e.getKey() == null ? "" : units.get(e.getKey()), e.getValue())).toList();
    }
}
