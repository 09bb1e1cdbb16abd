package vn.eoffice.meetings.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.identity.UserSummary;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.organization.UnitSummary;

/**
 * The people and units of the viewer's agency, for the pickers of the meeting forms.
 */
@Component
class Directory {

    record Lists(List<UserSummary> people, List<UnitSummary> units) {
    }

    private final UserManagement users;
    private final OrganizationDirectory organization;
    private final Clock clock;

    Directory(UserManagement users, OrganizationDirectory organization, Clock clock) {
        this.users = users;
        this.organization = organization;
        this.clock = clock;
    }

    Lists of(CurrentUser user) {
        return new Lists(users.staffOf(user.agencyId()).stream().filter(UserSummary::enabled).toList(),
                organization.units(user.agencyId(), LocalDate.now(clock)));
    }
}
