package vn.eoffice.meetings.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.eoffice.identity.Candidates;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Eligibility;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.identity.UserSummary;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.organization.UnitSummary;
import vn.eoffice.platform.Choice;

/**
 * The people and units of the viewer's agency, for the pickers of the meeting forms.
 */
@Component
class Directory {

    record Lists(List<UserSummary> people, List<UnitSummary> units, List<Choice.Group> peopleChoices,
            List<Choice.Group> unitChoices) {
    }

    /** The people and units a picker form of the meeting page sends (invitations, attendance). */
    record Invitees(List<Long> userIds, List<Long> unitIds) {
    }

    private final UserManagement users;
    private final OrganizationDirectory organization;
    private final Clock clock;
    private final Candidates candidates;

    Directory(UserManagement users, OrganizationDirectory organization, Clock clock, Candidates candidates) {
        this.users = users;
        this.organization = organization;
        this.clock = clock;
        this.candidates = candidates;
    }

    Lists of(CurrentUser user) {
        return new Lists(users.staffOf(user.agencyId()).stream().filter(UserSummary::enabled).toList(),
                organization.units(user.agencyId(), LocalDate.now(clock)),
                candidates.people(user, Eligibility.MEMBER, null), candidates.units(user.agencyId()));
    }
}
