package vn.eoffice.people.web;

import jakarta.servlet.http.HttpServletResponse;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.eoffice.identity.Candidates;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.people.CadreChoices;
import vn.eoffice.people.CadreSummary;
import vn.eoffice.people.CompetencyGroup;
import vn.eoffice.people.DecisionKind;
import vn.eoffice.people.Ethnicity;
import vn.eoffice.people.Gender;
import vn.eoffice.people.PositionKind;
import vn.eoffice.people.TheoryLevel;
import vn.eoffice.platform.Choice;

/**
 * What the people pages offer to choose from: the agency's units and accounts from the one directory
 * ({@link Candidates}), shown in the shared picker, and the fixed lists.
 */
@Component
class Choices {

    /** The status of a form shown again with its errors: nothing was saved. */
    static final int INVALID = 422;

    /** The form's view again, answered 422 so that a client (htmx, a test) knows the input was refused. */
    static String invalid(HttpServletResponse response, String view) {
        response.setStatus(INVALID);
        return view;
    }

    private final Candidates candidates;
    private final Clock clock;

    Choices(Candidates candidates, Clock clock) {
        this.candidates = candidates;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Names of the units in force, by id. */
    Map<Long, String> units(CurrentUser user) {
        return candidates.directory(user).getUnits();
    }

    /** The units' names and the unit picker's tree. */
    void addUnits(Model model, CurrentUser user) {
        var directory = candidates.directory(user);
        model.addAttribute("units", directory.getUnits());
        model.addAttribute("unitChoices", directory.getUnitChoices());
    }

    /** Cadres for the shared picker, grouped by unit ({@link CadreChoices}). */
    List<Choice.Group> cadres(CurrentUser user, List<CadreSummary> cadres) {
        return CadreChoices.of(cadres, units(user));
    }

    void addTo(Model model, CurrentUser user) {
        addUnits(model, user);
        model.addAttribute("accountChoices", candidates.directory(user).getPeopleChoices());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("ethnicities", Ethnicity.values());
        model.addAttribute("theoryLevels", TheoryLevel.values());
        model.addAttribute("decisionKinds", DecisionKind.values());
        model.addAttribute("positionKinds", PositionKind.values());
        model.addAttribute("competencyGroups", CompetencyGroup.values());
    }
}
