package vn.eoffice.tasks.web;

import java.util.LinkedHashMap;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.tasks.TaskQueries;

@Component
class Directories {

    private final OrganizationDirectory organization;
    private final UserManagement users;
    private final TaskQueries queries;

    Directories(OrganizationDirectory organization, UserManagement users, TaskQueries queries) {
        this.organization = organization;
        this.users = users;
        this.queries = queries;
    }

    Directory of(CurrentUser user) {
        var units = new LinkedHashMap<Long, String>();
        organization.units(user.agencyId(), queries.today()).forEach(u -> units.put(u.id(), u.name()));
        var people = new LinkedHashMap<Long, String>();
        users.search(user.agencyId(), null, null, PageRequest.of(0, 2000, Sort.by("fullName")))
                .forEach(u -> people.put(u.getId(), u.getFullName()));
        return new Directory(units, people);
    }
}
