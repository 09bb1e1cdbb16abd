package vn.eoffice.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.organization.SearchText;
import vn.eoffice.organization.UnitSummary;
import vn.eoffice.platform.Choice;
import vn.eoffice.platform.Secrecy;

/**
 * The people and units of the chooser's own agency that a picker offers: units as a tree in force today, people
 * grouped by unit, only those eligible for the role and cleared for the record's secrecy. One source for every picker.
 */
@Service
@Transactional(readOnly = true)
public class Candidates {

    /** More people than any agency has: the names of a page are all of them, not a page of them. */
    private static final int EVERYONE = 5000;

    private final Users users;
    private final OrganizationDirectory organization;
    private final Clock clock;

    Candidates(Users users, OrganizationDirectory organization, Clock clock) {
        this.users = users;
        this.organization = organization;
        this.clock = clock;
    }

    /** The agency's units in force today, parents before their children, one group without a heading. */
    public List<Choice.Group> units(Long agencyId) {
        var all = organization.units(agencyId, LocalDate.now(clock));
        var ids = all.stream().map(UnitSummary::id).toList();
        List<Choice> tree = new ArrayList<>();
        all.stream().filter(unit -> unit.parentId() == null || !ids.contains(unit.parentId()))
                .forEach(root -> descend(root, 0, all, tree));
        return List.of(new Choice.Group(null, tree));
    }

    private static void descend(UnitSummary unit, int depth, List<UnitSummary> all, List<Choice> tree) {
        tree.add(new Choice(String.valueOf(unit.id()), unit.name(), nullToEmpty(unit.abbreviation()), depth));
        all.stream().filter(child -> unit.id().equals(child.parentId()))
                .forEach(child -> descend(child, depth + 1, all, tree));
    }

    /**
     * Enabled people of the chooser's agency eligible for the role and cleared for {@code secrecy} (null: any), one
     * group per unit in the tree's order; people outside every unit (the agency's leaders) come first, under an
     * empty heading.
     */
    public List<Choice.Group> people(CurrentUser chooser, Eligibility eligibility, Secrecy secrecy) {
        var level = secrecy == null ? Secrecy.NONE : secrecy;
        Map<String, List<Choice>> byUnit = new LinkedHashMap<>();
        byUnit.put("", new ArrayList<>());
        Map<String, String> names = new LinkedHashMap<>();
        names.put("", "");
        for (Choice unit : units(chooser.agencyId()).get(0).choices()) {
            byUnit.put(unit.value(), new ArrayList<>());
            names.put(unit.value(), unit.name());
        }
        for (User person : users.findByAgencyIdAndEnabledTrueOrderByFullName(chooser.agencyId())) {
            boolean self = person.getId().equals(chooser.id());
            if (eligibility.admits(person.getRoles(), self) && person.getClearance().covers(level)) {
                String unit = person.getUnitId() == null ? "" : String.valueOf(person.getUnitId());
                // someone still in a unit no longer in force is listed with the people outside every unit
                byUnit.getOrDefault(unit, byUnit.get("")).add(Choice.of(person.getId(),
                        person.getFullName(), person.getTitle()));
            }
        }
        return byUnit.entrySet().stream().filter(entry -> !entry.getValue().isEmpty())
                .map(entry -> new Choice.Group(names.get(entry.getKey()), entry.getValue()))
                .toList();
    }

    /** The hosted agencies in force today, one group without a heading: an administrator's choice. */
    public List<Choice.Group> agencies() {
        return List.of(new Choice.Group(null, organization.hostedAgencies(LocalDate.now(clock)).stream()
                .map(agency -> Choice.of(agency.id(), agency.name(), agency.abbreviation())).toList()));
    }

    /** Every hosted agency's units as a tree, one group per agency: an administrator's filter. */
    public List<Choice.Group> unitsByAgency() {
        return organization.hostedAgencies(LocalDate.now(clock)).stream()
                .map(agency -> new Choice.Group(agency.name(), units(agency.id()).get(0).choices()))
                .filter(group -> !group.choices().isEmpty()).toList();
    }

    /** The viewer's agency's names and candidates for one page, each looked up when the page first asks. */
    public Directory directory(CurrentUser viewer) {
        Long agencyId = viewer.agencyId();
        return new Directory(() -> unitNames(agencyId), () -> peopleNames(agencyId), () -> units(agencyId),
                () -> people(viewer, Eligibility.MEMBER, null), () -> people(viewer, Eligibility.PROCESSOR, null),
                () -> people(viewer, Eligibility.LEADER, null));
    }

    private Map<Long, String> unitNames(Long agencyId) {
        Map<Long, String> names = new LinkedHashMap<>();
        organization.units(agencyId, LocalDate.now(clock)).forEach(unit -> names.put(unit.id(), unit.name()));
        return names;
    }

    private Map<Long, String> peopleNames(Long agencyId) {
        Map<Long, String> names = new LinkedHashMap<>();
        users.search(agencyId, null, null, PageRequest.of(0, EVERYONE))
                .forEach(person -> names.put(person.getId(), person.getFullName()));
        return names;
    }

    /** The groups keeping only choices whose name, second line or heading contain the text, diacritics or not. */
    public static List<Choice.Group> matching(List<Choice.Group> groups, String text) {
        String wanted = SearchText.fold(text);
        if (wanted.isEmpty()) {
            return groups;
        }
        return groups.stream().map(group -> {
            Predicate<Choice> hit = choice -> SearchText.fold(choice.name() + " " + choice.detail() + " "
                    + nullToEmpty(group.label())).contains(wanted);
            return new Choice.Group(group.label(), group.choices().stream().filter(hit).toList());
        }).filter(group -> !group.choices().isEmpty()).toList();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
