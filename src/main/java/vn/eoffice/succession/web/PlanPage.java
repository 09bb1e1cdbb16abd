package vn.eoffice.succession.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.identity.Candidates;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.people.CadreChoices;
import vn.eoffice.people.PeopleQueries;
import vn.eoffice.platform.FormPosts;
import vn.eoffice.succession.ApprovalForm;
import vn.eoffice.succession.CandidateForm;
import vn.eoffice.succession.RemovalForm;
import vn.eoffice.succession.SuccessionQueries;

/** The plan's page with its forms, shown after a GET and again after a refused form. */
@Component
class PlanPage {

    private final SuccessionQueries queries;
    private final PeopleQueries people;
    private final Candidates candidates;

    PlanPage(SuccessionQueries queries, PeopleQueries people, Candidates candidates) {
        this.queries = queries;
        this.people = people;
        this.candidates = candidates;
    }

    String show(Long id, CurrentUser user, Model model) {
        var plan = queries.plan(user, id);
        boolean mayKeep = queries.mayKeep(user);
        model.addAttribute("plan", plan);
        model.addAttribute("mayKeep", mayKeep);
        model.addAttribute("mayApprove", queries.mayApprove(user));
        if (mayKeep && !plan.status().submitted()) {
            var directory = candidates.directory(user);
            model.addAttribute("cadreChoices", CadreChoices.of(people.list(user, null, null), directory.getUnits()));
            model.addAttribute("unitChoices", directory.getUnitChoices());
        }
        if (!model.containsAttribute("candidateForm")) {
            model.addAttribute("candidateForm", new CandidateForm(null, null, null, null));
        }
        if (!model.containsAttribute("approvalForm")) {
            model.addAttribute("approvalForm", new ApprovalForm(null, null));
        }
        if (!model.containsAttribute("returnForm")) {
            model.addAttribute("returnForm", new RemovalForm(null));
        }
        return "succession/plan";
    }

    /** A form of the plan's page: the change, then back to the plan; refused, the page again with the reason. */
    String submit(Long id, CurrentUser user, BindingResult binding, Model model, RedirectAttributes redirect,
            HttpServletResponse response, String done, Map<String, String> fields, Runnable change) {
        return FormPosts.submit(binding, redirect, done, fields, () -> {
            change.run();
            return "/succession/" + id;
        }, () -> {
            response.setStatus(SuccessionController.INVALID);
            return show(id, user, model);
        });
    }
}
