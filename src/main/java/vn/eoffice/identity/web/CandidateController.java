package vn.eoffice.identity.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.eoffice.identity.Candidates;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Eligibility;
import vn.eoffice.platform.Choice;
import vn.eoffice.platform.Secrecy;

/**
 * The candidates a picker offers, as JSON for pickers that look them up as the person types: units as a tree or
 * people by unit of the caller's own agency, eligible for the role and cleared for the record's secrecy.
 */
@RestController
class CandidateController {

    enum Kind { UNITS, PEOPLE }

    private final Candidates candidates;

    CandidateController(Candidates candidates) {
        this.candidates = candidates;
    }

    @GetMapping("/directory/candidates")
    List<Choice.Group> candidates(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "PEOPLE") Kind kind,
            @RequestParam(defaultValue = "MEMBER") Eligibility eligibility,
            @RequestParam(defaultValue = "NONE") Secrecy secrecy,
            @RequestParam(defaultValue = "") String q) {
        var groups = kind == Kind.UNITS ? candidates.units(user.agencyId())
                : candidates.people(user, eligibility, secrecy);
        return Candidates.matching(groups, q);
    }
}
