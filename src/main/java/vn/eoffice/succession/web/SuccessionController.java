package vn.eoffice.succession.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.FormPosts;
import vn.eoffice.succession.ApprovalForm;
import vn.eoffice.succession.CandidateForm;
import vn.eoffice.succession.RemovalForm;
import vn.eoffice.succession.SuccessionExports;
import vn.eoffice.succession.SuccessionManagement;
import vn.eoffice.succession.SuccessionQueries;

/** The plans and a plan's page: candidates by post, structure, history; the office's and the leaders' buttons. */
@Controller
class SuccessionController {

    static final int INVALID = 422;

    private final SuccessionQueries queries;
    private final SuccessionManagement management;
    private final SuccessionExports exports;
    private final PlanPage page;

    SuccessionController(SuccessionQueries queries, SuccessionManagement management, SuccessionExports exports,
            PlanPage page) {
        this.queries = queries;
        this.management = management;
        this.exports = exports;
        this.page = page;
    }

    @GetMapping("/succession")
    String plans(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("plans", queries.plans(user));
        model.addAttribute("terms", queries.termsWithoutPlan(user));
        model.addAttribute("mayKeep", queries.mayKeep(user));
        return "succession/plans";
    }

    @PostMapping("/succession")
    String create(@RequestParam(required = false) Long termId, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        var created = new Long[1];
        String back = FormPosts.act(redirect, "succession.flash.created", "/succession",
                () -> created[0] = management.create(user, termId));
        return created[0] == null ? back : "redirect:/succession/" + created[0];
    }

    @GetMapping("/succession/{id}")
    String plan(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page.show(id, user, model);
    }

    @PostMapping("/succession/{id}/candidates")
    String add(@PathVariable Long id, @Valid @ModelAttribute("candidateForm") CandidateForm form,
            BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return page.submit(id, user, binding, model, redirect, response, "succession.flash.added", Map.of(
                "succession.form.post.unknown", "postId", "succession.form.cadre.unknown", "cadreId",
                "succession.rule.reviewReason", "reason", "succession.form.unit.unknown", "proposedBy"),
                () -> management.addCandidate(user, id, form));
    }

    @PostMapping("/succession/{id}/submit")
    String submit(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return FormPosts.act(redirect, "succession.flash.submitted", "/succession/" + id,
                () -> management.submit(user, id));
    }

    @PostMapping("/succession/{id}/approve")
    String approve(@PathVariable Long id, @Valid @ModelAttribute("approvalForm") ApprovalForm form,
            BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return page.submit(id, user, binding, model, redirect, response, "succession.flash.approved", Map.of(
                "succession.rule.decisionFuture", "decisionDate"), () -> management.approve(user, id, form));
    }

    @PostMapping("/succession/{id}/return")
    String sendBack(@PathVariable Long id, @Valid @ModelAttribute("returnForm") RemovalForm form,
            BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return page.submit(id, user, binding, model, redirect, response, "succession.flash.returned", Map.of(),
                () -> management.sendBack(user, id, form));
    }

    @PostMapping("/succession/{id}/review")
    String review(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return FormPosts.act(redirect, "succession.flash.reviewed", "/succession/" + id,
                () -> management.completeReview(user, id));
    }

    @GetMapping({ "/succession/{id}/export.xlsx", "/succession/{id}/export.pdf" })
    ResponseEntity<byte[]> export(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user,
            jakarta.servlet.http.HttpServletRequest request, Locale locale) {
        var format = request.getRequestURI().endsWith(".pdf") ? SuccessionExports.Format.PDF
                : SuccessionExports.Format.XLSX;
        return Downloads.send(exports, user, id, format, locale);
    }
}
