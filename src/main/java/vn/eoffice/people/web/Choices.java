package vn.eoffice.people.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.people.CompetencyGroup;
import vn.eoffice.people.DecisionKind;
import vn.eoffice.people.Ethnicity;
import vn.eoffice.people.Gender;
import vn.eoffice.people.PositionKind;
import vn.eoffice.people.TheoryLevel;

/** What the people pages offer to choose from: the agency's units and accounts, and the fixed lists. */
@Component
class Choices {

    /** The status of a form shown again with its errors: nothing was saved. */
    static final int INVALID = 422;

    private final OrganizationDirectory organization;
    private final UserManagement users;
    private final Clock clock;

    Choices(OrganizationDirectory organization, UserManagement users, Clock clock) {
        this.organization = organization;
        this.users = users;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Map<Long, String> units(CurrentUser user) {
        var names = new LinkedHashMap<Long, String>();
        organization.units(user.agencyId(), today()).forEach(unit -> names.put(unit.id(), unit.name()));
        return names;
    }

    void addTo(Model model, CurrentUser user) {
        model.addAttribute("units", units(user));
        model.addAttribute("accounts", users.staffOf(user.agencyId()));
        model.addAttribute("genders", Gender.values());
        model.addAttribute("ethnicities", Ethnicity.values());
        model.addAttribute("theoryLevels", TheoryLevel.values());
        model.addAttribute("decisionKinds", DecisionKind.values());
        model.addAttribute("positionKinds", PositionKind.values());
        model.addAttribute("competencyGroups", CompetencyGroup.values());
    }
}
