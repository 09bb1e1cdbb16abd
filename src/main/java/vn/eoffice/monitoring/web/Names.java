package vn.eoffice.monitoring.web;

import java.time.Clock;
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
    private final Clock clock;

    Names(OrganizationDirectory organization, UserManagement users, Clock clock) {
        this.organization = organization;
        this.users = users;
        this.clock = clock;
    }

    Map<Long, String> units(CurrentUser user) {
        var units = new LinkedHashMap<Long, String>();
        organization.units(user.agencyId(), LocalDate.now(clock)).forEach(u -> units.put(u.id(), u.name()));
        return units;
    }

    Map<Long, String> people(CurrentUser user) {
        var people = new LinkedHashMap<Long, String>();
        users.staffOf(user.agencyId()).forEach(u -> people.put(u.id(), u.fullName()));
        return people;
    }
}
