package vn.eoffice.people.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.people.AssignmentForm;
import vn.eoffice.people.PeopleManagement;
import vn.eoffice.people.PeopleQueries;
import vn.eoffice.people.PositionForm;
import vn.eoffice.people.PositionKind;
import vn.eoffice.platform.FormPosts;

@Controller
@RequestMapping("/positions")
class PositionsController {

    static final Map<String, String> FIELDS = Map.of(
            "people.form.unit.unknown", "unitId",
            "people.assignment.cadre.unknown", "cadreId",
            "people.assignment.already", "cadreId",
            "people.assignment.notAfterCurrent", "validFrom");

    private final PeopleManagement management;
    private final PeopleQueries queries;
    private final Choices choices;
    private final SmartValidator validator;

    PositionsController(PeopleManagement management, PeopleQueries queries, Choices choices,
            SmartValidator validator) {
        this.management = management;
        this.queries = queries;
        this.choices = choices;
        this.validator = validator;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("positions", queries.positions(user));
        model.addAttribute("units", choices.units(user));
        model.addAttribute("mayKeep", queries.mayKeep(user));
        return "people/positions";
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        if (!model.containsAttribute("assignmentForm")) {
            model.addAttribute("assignmentForm", new AssignmentForm(null, true, choices.today()));
        }
        return page(id, user, model);
    }

    private String page(Long id, CurrentUser user, Model model) {
        model.addAttribute("position", queries.position(user, id));
        model.addAttribute("units", choices.units(user));
        model.addAttribute("mayKeep", queries.mayKeep(user));
        model.addAttribute("cadreChoices", choices.cadres(user, queries.list(user, null, null)));
        return "people/position";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (!queries.mayKeep(user)) {
            throw new AccessDeniedException("denied");
        }
        model.addAttribute("form", new PositionForm(null, null, PositionKind.PROFESSIONAL, null, null,
                null, 0, 1, List.of()));
        return formPage(user, model, null);
    }

    @InitBinder("form")
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @PostMapping
    String create(@ModelAttribute("form") PositionPage page, BindingResult pageBinding,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        var form = page.toForm();
        var binding = checked(form, pageBinding, model);
        return FormPosts.submit(binding, redirect, "people.flash.positionCreated", FIELDS,
                () -> "/positions/" + management.createPosition(user, form),
                () -> Choices.invalid(response, formPage(user, model, null)));
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", queries.position(user, id).form());
        return formPage(user, model, id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @ModelAttribute("form") PositionPage page, BindingResult pageBinding,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        var form = page.toForm();
        var binding = checked(form, pageBinding, model);
        return FormPosts.submit(binding, redirect, "people.flash.positionUpdated", FIELDS,
                () -> {
                    management.updatePosition(user, id, form);
                    return "/positions/" + id;
                },
                () -> Choices.invalid(response, formPage(user, model, id)));
    }

    private BindingResult checked(PositionForm form, BindingResult pageBinding, Model model) {
        var binding = PositionPage.checked(form, pageBinding, validator);
        model.addAttribute("form", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", binding);
        return binding;
    }

    private String formPage(CurrentUser user, Model model, Long id) {
        model.addAttribute("id", id);
        choices.addTo(model, user);
        return "people/position-form";
    }

    @PostMapping("/{id}/assignments")
    String assign(@PathVariable Long id, @Valid @ModelAttribute("assignmentForm") AssignmentForm form,
            BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return FormPosts.submit(binding, redirect, "people.flash.assigned", FIELDS,
                () -> {
                    management.assign(user, id, form);
                    return "/positions/" + id;
                },
                () -> Choices.invalid(response, page(id, user, model)));
    }
}
