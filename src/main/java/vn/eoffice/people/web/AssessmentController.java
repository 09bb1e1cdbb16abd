package vn.eoffice.people.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.people.CompetencyAssessments;
import vn.eoffice.people.CompetencyGaps;
import vn.eoffice.people.PeopleQueries;
import vn.eoffice.people.ReviewForm;
import vn.eoffice.people.SelfAssessmentForm;
import vn.eoffice.platform.FormPosts;

/** The person's own yearly self-assessment, the assessments waiting for his review, and the gap report. */
@Controller
@RequestMapping("/competency")
class AssessmentController {

    private final CompetencyAssessments assessments;
    private final CompetencyGaps gaps;
    private final PeopleQueries people;
    private final Choices choices;
    private final SmartValidator validator;

    AssessmentController(CompetencyAssessments assessments, CompetencyGaps gaps, PeopleQueries people,
            Choices choices, SmartValidator validator) {
        this.assessments = assessments;
        this.gaps = gaps;
        this.people = people;
        this.choices = choices;
        this.validator = validator;
    }

    @GetMapping
    String mine(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        return page(user, year, model, List.of());
    }

    private String page(CurrentUser user, Integer year, Model model, List<String> entered) {
        int current = assessments.currentYear();
        int chosen = year == null || year < current - 1 || year > current ? current : year;
        model.addAttribute("sheet", assessments.sheet(user, chosen));
        model.addAttribute("years", List.of(current, current - 1));
        model.addAttribute("entered", entered);
        model.addAttribute("reviews", assessments.toReview(user));
        model.addAttribute("mayReadGaps", gaps.mayRead(user));
        model.addAttribute("mayBrowse", people.mayBrowse(user));
        model.addAttribute("levels", List.of(1, 2, 3, 4, 5));
        return "people/assessment";
    }

    @PostMapping
    String submit(@RequestParam Integer year, @RequestParam(name = "level", required = false) List<String> levels,
            @RequestParam(name = "evidence", required = false) List<String> evidence,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        var ratings = new ArrayList<SelfAssessmentForm.Rating>();
        for (int i = 0; levels != null && i < levels.size(); i++) {
            ratings.add(new SelfAssessmentForm.Rating(number(levels.get(i)),
                    evidence != null && i < evidence.size() ? evidence.get(i) : null));
        }
        var form = new SelfAssessmentForm(year, ratings);
        var binding = checked(form, "sheetForm", model);
        return FormPosts.submit(binding, redirect, "competency.flash.submitted", Map.of(),
                () -> "/competency/" + assessments.submit(user, form), () -> {
                    response.setStatus(Choices.INVALID);
                    return page(user, year, model, levels == null ? List.of() : levels);
                });
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("assessment", assessments.view(user, id));
        model.addAttribute("mayReview", assessments.mayReview(user, id));
        model.addAttribute("levels", List.of(1, 2, 3, 4, 5));
        model.addAttribute("units", choices.units(user));
        return "people/assessment-review";
    }

    @PostMapping("/{id}/review")
    String review(@PathVariable Long id, @RequestParam(name = "level", required = false) List<String> levels,
            @RequestParam(required = false) String comment, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        var form = new ReviewForm(levels == null ? List.of() : levels.stream().map(AssessmentController::number)
                .toList(), comment);
        var binding = checked(form, "reviewForm", model);
        return FormPosts.submit(binding, redirect, "competency.flash.reviewed", Map.of(), () -> {
            assessments.review(user, id, form);
            return "/competency/" + id;
        }, () -> {
            response.setStatus(Choices.INVALID);
            return show(id, user, model);
        });
    }

    @GetMapping("/gaps")
    String gaps(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long unit,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        int chosen = year == null ? assessments.currentYear() : year;
        model.addAttribute("report", gaps.report(user, chosen, unit));
        model.addAttribute("units", choices.units(user));
        model.addAttribute("years", List.of(assessments.currentYear(), assessments.currentYear() - 1));
        model.addAttribute("mayBrowse", people.mayBrowse(user));
        return "people/assessment-gaps";
    }

    /** A level as typed or chosen; anything not a number counts as missing, which the form's check reports. */
    static Integer number(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private BindingResult checked(Object form, String name, Model model) {
        var binding = new DirectFieldBindingResult(form, name);
        validator.validate(form, binding);
        model.addAttribute(name, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, binding);
        return binding;
    }
}
