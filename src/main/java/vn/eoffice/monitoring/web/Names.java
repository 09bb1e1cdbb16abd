package vn.eoffice.monitoring.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.organization.OrganizationDirectory;

/**
 * Names of the agency's units and people for one page.
 */
@Component
class Names {

    private final OrganizationDirectory organization;
    private final UserManagement users;

    Names(OrganizationDirectory organization, UserManagement users) {
        this.organization = organization;
        this.users = users;
    }

    Map<Long, String> units(CurrentUser user) {
        var units = new LinkedHashMap<Long, String>();
        organization.units(user.agencyId(), LocalDate.now()).forEach(u -> units.put(u.id(), u.name()));
        return units;
    }

    Map<Long, String> people(CurrentUser user) {
        var people = new LinkedHashMap<Long, String>();
        users.staffOf(user.agencyId()).forEach(u -> people.put(u.id(), u.fullName()));
        return people;
    }
}
