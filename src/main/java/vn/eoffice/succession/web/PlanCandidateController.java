package vn.eoffice.succession.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.FormPosts;
import vn.eoffice.platform.NotFoundException;
import vn.eoffice.succession.Ballots;
import vn.eoffice.succession.RemovalForm;
import vn.eoffice.succession.SuccessionManagement;
import vn.eoffice.succession.SuccessionQueries;

/** A candidate of a plan: the vote that introduced him, and taking him out of the plan with the reason. */
@Controller
class PlanCandidateController {

    private final SuccessionQueries queries;
    private final SuccessionManagement management;

    PlanCandidateController(SuccessionQueries queries, SuccessionManagement management) {
        this.queries = queries;
        this.management = management;
    }

    @GetMapping("/succession/{id}/candidates/{candidateId}")
    String candidate(@PathVariable Long id, @PathVariable Long candidateId, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        var plan = queries.plan(user, id);
        var post = plan.posts().stream().filter(p -> p.candidates().stream().anyMatch(c -> c.id().equals(candidateId))
                || p.removed().stream().anyMatch(c -> c.id().equals(candidateId))).findFirst()
                .orElseThrow(() -> new NotFoundException("candidate " + candidateId));
        var candidate = java.util.stream.Stream.concat(post.candidates().stream(), post.removed().stream())
                .filter(c -> c.id().equals(candidateId)).findFirst().orElseThrow();
        model.addAttribute("plan", plan);
        model.addAttribute("post", post.post());
        model.addAttribute("candidate", candidate);
        model.addAttribute("mayChange", queries.mayKeep(user) && !plan.status().submitted() && !candidate.removed());
        if (!model.containsAttribute("ballots")) {
            var b = candidate.ballots();
            model.addAttribute("ballots", b == null ? new Ballots(null, null, null) : b);
        }
        if (!model.containsAttribute("removalForm")) {
            model.addAttribute("removalForm", new RemovalForm(null));
        }
        return "succession/candidate";
    }

    @PostMapping("/succession/{id}/candidates/{candidateId}/vote")
    String vote(@PathVariable Long id, @PathVariable Long candidateId, @Valid @ModelAttribute("ballots") Ballots form,
            BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return submit(id, candidateId, user, binding, model, redirect, response, "succession.flash.voted", Map.of(
                "succession.rule.validAboveIssued", "valid", "succession.rule.forAboveValid", "inFavour"),
                () -> management.recordVote(user, id, candidateId, form));
    }

    @PostMapping("/succession/{id}/candidates/{candidateId}/remove")
    String remove(@PathVariable Long id, @PathVariable Long candidateId,
            @Valid @ModelAttribute("removalForm") RemovalForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return submit(id, candidateId, user, binding, model, redirect, response, "succession.flash.removed",
                Map.of(), () -> management.removeCandidate(user, id, candidateId, form));
    }

    private String submit(Long id, Long candidateId, CurrentUser user, BindingResult binding, Model model,
            RedirectAttributes redirect, HttpServletResponse response, String done, Map<String, String> fields,
            Runnable change) {
        return FormPosts.submit(binding, redirect, done, fields, () -> {
            change.run();
            return "/succession/" + id;
        }, () -> {
            response.setStatus(SuccessionController.INVALID);
            return candidate(id, candidateId, user, model);
        });
    }
}
