package vn.eoffice.people.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.access.AccessDeniedException;
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
import vn.eoffice.people.CadreForm;
import vn.eoffice.people.PeopleManagement;
import vn.eoffice.people.PeopleQueries;
import vn.eoffice.people.PositionHeldForm;
import vn.eoffice.platform.FormPosts;

@Controller
@RequestMapping("/people")
class PeopleController {

    static final Map<String, String> FIELDS = Map.of(
            "people.form.partyOfficial.beforeJoined", "partyOfficial",
            "people.form.partyJoined.beforeBirth", "partyJoined",
            "people.form.unit.unknown", "unitId",
            "people.form.user.unknown", "userId",
            "people.form.user.taken", "userId",
            "people.history.decisionAfterStart", "decisionDate",
            "people.history.notAfterCurrent", "validFrom");

    private final PeopleManagement management;
    private final PeopleQueries queries;
    private final Choices choices;

    PeopleController(PeopleManagement management, PeopleQueries queries, Choices choices) {
        this.management = management;
        this.queries = queries;
        this.choices = choices;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long unit,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletRequest request) {
        model.addAttribute("people", queries.list(user, q, unit));
        model.addAttribute("q", q);
        model.addAttribute("unit", unit);
        choices.addUnits(model, user);
        model.addAttribute("mayKeep", queries.mayKeep(user));
        return request.getHeader("HX-Request") != null ? "people/list :: rows" : "people/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        if (!model.containsAttribute("historyForm")) {
            model.addAttribute("historyForm", new PositionHeldForm(null, null, choices.today(), null, null, null));
        }
        return page(id, user, model);
    }

    private String page(Long id, CurrentUser user, Model model) {
        model.addAttribute("person", queries.profile(user, id));
        model.addAttribute("mayKeep", queries.mayKeep(user));
        choices.addTo(model, user);
        return "people/show";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (!queries.mayKeep(user)) {
            throw new AccessDeniedException("denied");
        }
        model.addAttribute("form", new CadreForm(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null));
        return formPage(user, model, null, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") CadreForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return FormPosts.submit(binding, redirect, "people.flash.created", FIELDS,
                () -> "/people/" + management.create(user, form),
                () -> Choices.invalid(response, formPage(user, model, null, null)));
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        var person = queries.profile(user, id);
        model.addAttribute("form", person.form());
        return formPage(user, model, id, person.version());
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @RequestParam(required = false) Long version,
            @Valid @ModelAttribute("form") CadreForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return FormPosts.submit(binding, redirect, "people.flash.updated", FIELDS,
                () -> {
                    management.update(user, id, version, form);
                    return "/people/" + id;
                },
                () -> Choices.invalid(response, formPage(user, model, id, version)));
    }

    private String formPage(CurrentUser user, Model model, Long id, Long version) {
        model.addAttribute("id", id);
        model.addAttribute("version", version);
        choices.addTo(model, user);
        return "people/form";
    }

    @PostMapping("/{id}/history")
    String recordPosition(@PathVariable Long id, @Valid @ModelAttribute("historyForm") PositionHeldForm form,
            BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return FormPosts.submit(binding, redirect, "people.flash.positionRecorded", FIELDS,
                () -> {
                    management.recordPosition(user, id, form);
                    return "/people/" + id;
                },
                () -> Choices.invalid(response, page(id, user, model)));
    }
}
