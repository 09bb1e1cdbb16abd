package vn.eoffice.tasks.web;

import java.util.LinkedHashMap;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import vn.eoffice.identity.Candidates;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Eligibility;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.Choice;
import vn.eoffice.tasks.TaskQueries;

@Component
class Directories {

    private final OrganizationDirectory organization;
    private final UserManagement users;
    private final TaskQueries queries;
    private final Candidates candidates;

    Directories(OrganizationDirectory organization, UserManagement users, TaskQueries queries,
            Candidates candidates) {
        this.organization = organization;
        this.users = users;
        this.queries = queries;
        this.candidates = candidates;
    }

    Directory of(CurrentUser user) {
        var units = new LinkedHashMap<Long, String>();
        organization.units(user.agencyId(), queries.today()).forEach(u -> units.put(u.id(), u.name()));
        var people = new LinkedHashMap<Long, String>();
        users.search(user.agencyId(), null, null, PageRequest.of(0, 2000, Sort.by("fullName")))
                .forEach(u -> people.put(u.getId(), u.getFullName()));
        // the pickers send a unit as "U<id>" and a person as "P<id>" (AssignForm's parties)
        return new Directory(units, people, () -> prefixed(candidates.units(user.agencyId()), "U"),
                () -> prefixed(candidates.people(user, Eligibility.PROCESSOR, null), "P"));
    }

    private static List<Choice.Group> prefixed(List<Choice.Group> groups, String prefix) {
        return groups.stream().map(group -> new Choice.Group(group.label(),
                group.choices().stream().map(choice -> choice.prefixed(prefix)).toList())).toList();
    }
}
