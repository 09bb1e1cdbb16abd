package vn.eoffice.study.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.Choice;
import vn.eoffice.platform.FormPosts;
import vn.eoffice.platform.NotFoundException;
import vn.eoffice.study.Audience;
import vn.eoffice.study.ProgrammeForm;
import vn.eoffice.study.ReadingList;
import vn.eoffice.study.ResolutionKind;
import vn.eoffice.study.StudyLevel;
import vn.eoffice.study.StudyProgrammes;

/** The study programmes: the list, the plan form (with the "every hosted committee" shortcut), a programme's page. */
@Controller
@RequestMapping("/study")
class StudyController {

    static final int INVALID = 422;

    private final StudyProgrammes programmes;
    private final ReadingList readings;

    StudyController(StudyProgrammes programmes, ReadingList readings) {
        this.programmes = programmes;
        this.readings = readings;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("programmes", programmes.list(user));
        model.addAttribute("mayPlan", programmes.mayPlan(user));
        return "study/list";
    }

    /** The plan form; "all" (the shortcut button, sent with what was typed) chooses every hosted committee. */
    @GetMapping("/programmes/new")
    String planForm(@ModelAttribute("form") ProgrammeForm form, @RequestParam(required = false) String all,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        if (!programmes.mayPlan(user)) {
            throw new NotFoundException("study plan form");
        }
        var filled = form;
        if (form.title() == null && all == null) {
            var today = programmes.todayInOffice();
            filled = new ProgrammeForm(null, ResolutionKind.RESOLUTION, null, null, null,
                    Set.of(Audience.KEY_LEADERS, Audience.PARTY_MEMBERS), Set.of(StudyLevel.COMMUNE), Set.of(),
                    today, today.plusDays(30), null, null, List.of());
        } else if (all != null) {
            filled = new ProgrammeForm(form.title(), form.kind(), form.notation(), form.issuer(), form.issuedOn(),
                    form.audiences(), form.levels(), form.reflectionAudiences(), form.studyFrom(),
                    form.studyUntil(), form.reflectionDue(), form.actionProgrammeDue(),
                    programmes.invitable(user).stream().map(a -> a.id()).toList());
        }
        model.addAttribute("form", filled);
        return planPage(user, model);
    }

    @PostMapping("/programmes")
    String plan(@Valid @ModelAttribute("form") ProgrammeForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return FormPosts.submit(binding, redirect, "study.flash.planned", Map.of(
                "study.studyUntil.beforeFrom", "studyUntil", "study.reflectionDue.beforeFrom", "reflectionDue",
                "study.reflectionDue.required", "reflectionDue", "study.actionProgrammeDue.beforeFrom",
                "actionProgrammeDue", "study.reflectionAudiences.notAudience", "reflectionAudiences",
                "study.committee.notHosted", "committeeIds", "study.committee.notInForce", "committeeIds"),
                () -> "/study/programmes/" + programmes.plan(user, form).id(),
                () -> {
                    response.setStatus(INVALID);
                    return planPage(user, model);
                });
    }

    private String planPage(CurrentUser user, Model model) {
        var choices = new ArrayList<Choice>();
        programmes.invitable(user).forEach(a -> choices.add(new Choice(String.valueOf(a.id()), a.name(), null, 0)));
        model.addAttribute("committeeGroups", List.of(new Choice.Group(null, choices)));
        model.addAttribute("kinds", ResolutionKind.values());
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("levels", StudyLevel.values());
        return "study/plan";
    }

    @GetMapping("/programmes/{id}")
    String programme(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("page", programmes.page(user, id));
        model.addAttribute("readings", readings.list(user, id));
        model.addAttribute("actionProgrammes", programmes.actionProgrammes(user, id));
        return "study/programme";
    }

    @PostMapping("/programmes/{id}/open")
    String open(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return FormPosts.act(redirect, "study.flash.opened", "/study/programmes/" + id,
                () -> programmes.open(user, id));
    }

    @PostMapping("/programmes/{id}/close")
    String close(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return FormPosts.act(redirect, "study.flash.closed", "/study/programmes/" + id,
                () -> programmes.close(user, id));
    }

    @PostMapping("/programmes/{id}/committees/{committeeId}/expected")
    String expect(@PathVariable Long id, @PathVariable Long committeeId,
            @RequestParam(required = false) Integer members, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return FormPosts.act(redirect, "study.flash.expected", "/study/programmes/" + id,
                () -> programmes.expect(user, id, committeeId, members == null ? -1 : members));
    }
}
