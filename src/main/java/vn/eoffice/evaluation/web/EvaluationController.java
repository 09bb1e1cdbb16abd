package vn.eoffice.evaluation.web;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.evaluation.EvaluationManagement;
import vn.eoffice.evaluation.EvaluationQueries;
import vn.eoffice.evaluation.EvaluationRule;
import vn.eoffice.evaluation.EvaluationYears;
import vn.eoffice.evaluation.PeriodForm;
import vn.eoffice.evaluation.PeriodKind;
import vn.eoffice.evaluation.YearExports;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.FormPosts;

/** The evaluation home: what waits for the person, his own sheets, the periods, opening a period; a person's history. */
@Controller
@RequestMapping("/evaluation")
class EvaluationController {

    static final int INVALID = 422;

    private final EvaluationQueries queries;
    private final EvaluationManagement management;
    private final EvaluationYears years;
    private final YearExports yearExports;

    EvaluationController(EvaluationQueries queries, EvaluationManagement management, EvaluationYears years,
            YearExports yearExports) {
        this.queries = queries;
        this.management = management;
        this.years = years;
        this.yearExports = yearExports;
    }

    @GetMapping
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (!model.containsAttribute("periodForm")) {
            var today = queries.today();
            model.addAttribute("periodForm", new PeriodForm(EvaluationRule.STATE_335, PeriodKind.QUARTER,
                    today.getYear(), PeriodKind.QUARTER.numberOf(today)));
        }
        return page(user, model);
    }

    private String page(CurrentUser user, Model model) {
        model.addAttribute("waiting", queries.waiting(user));
        model.addAttribute("mine", queries.history(user, user.id()));
        model.addAttribute("periods", queries.periods(user));
        model.addAttribute("mayOpen", queries.mayOpen(user));
        model.addAttribute("mayReport", queries.mayBrowse(user, null) || queries.mayBrowse(user, user.unitId()));
        model.addAttribute("rules", EvaluationRule.values());
        model.addAttribute("kinds", PeriodKind.values());
        return "evaluation/home";
    }

    @PostMapping("/periods")
    String open(@Valid @ModelAttribute("periodForm") PeriodForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return FormPosts.submit(binding, redirect, "evaluation.flash.opened", Map.of(
                "evaluation.period.exists", "number"), () -> "/evaluation/periods/" + management.open(user, form),
                () -> {
                    response.setStatus(INVALID);
                    return page(user, model);
                });
    }

    @GetMapping("/people/{userId}")
    String history(@PathVariable Long userId, @RequestParam(required = false) Integer year,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        var rows = queries.history(user, userId);
        model.addAttribute("rows", rows);
        model.addAttribute("personName", rows.isEmpty() ? user.fullName() : rows.get(0).personName());
        model.addAttribute("userId", userId);
        model.addAttribute("yearResult", years.year(user, userId, year == null ? queries.today().getYear() : year));
        return "evaluation/history";
    }

    @GetMapping("/people/{userId}/years/{year}/export")
    org.springframework.http.ResponseEntity<byte[]> exportYear(@PathVariable Long userId, @PathVariable int year,
            @AuthenticationPrincipal CurrentUser user, java.util.Locale locale) {
        return PeriodController.file(yearExports.xlsx(user, userId, year, locale), yearExports.fileName(userId, year),
                vn.eoffice.evaluation.EvaluationExports.Format.XLSX);
    }
}
