package vn.eoffice.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.organization.AgencyCatalog;
import vn.eoffice.organization.LineageKind;
import vn.eoffice.organization.OrganizationManagement;
import vn.eoffice.organization.OrganizationTree;
import vn.eoffice.platform.Choice;
import vn.eoffice.platform.FormPosts;

/**
 * The organisation tree as of a date, its lineage history, and recording a merger, split, rename or dissolution.
 */
@Controller
@RequestMapping("/admin/organization")
class OrganizationTreeController {

    private final OrganizationTree tree;
    private final AgencyCatalog catalog;
    private final OrganizationManagement management;
    private final Clock clock;

    OrganizationTreeController(OrganizationTree tree, AgencyCatalog catalog, OrganizationManagement management,
            Clock clock) {
        this.tree = tree;
        this.catalog = catalog;
        this.management = management;
        this.clock = clock;
    }

    @GetMapping
    String show(@RequestParam(required = false) LocalDate asOf,
            @RequestParam(defaultValue = "false") boolean ended, Model model, HttpServletRequest request) {
        var date = asOf == null ? LocalDate.now(clock) : asOf;
        model.addAttribute("asOf", date);
        model.addAttribute("ended", ended);
        model.addAttribute("nodes", tree.asOf(date, ended));
        if (request.getHeader("HX-Request") != null) {
            return "organization/tree :: tree";
        }
        return page(model, LineageForm.empty());
    }

    @PostMapping("/lineage")
    String record(@Valid @ModelAttribute("form") LineageForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        form.check(binding);
        return FormPosts.submit(binding, redirect, "lineage.recorded", FormErrors.FIELDS, () -> {
            management.recordLineage(form.kind(), form.effectiveDate(), form.note(), form.predecessors(),
                    form.successorIds());
            return "/admin/organization?asOf=" + form.effectiveDate();
        }, () -> {
            var date = LocalDate.now(clock);
            model.addAttribute("asOf", date);
            model.addAttribute("ended", false);
            model.addAttribute("nodes", tree.asOf(date, false));
            return page(model, form);
        });
    }

    private String page(Model model, LineageForm form) {
        model.addAttribute("form", form);
        model.addAttribute("history", tree.history());
        model.addAttribute("kinds", LineageKind.values());
        model.addAttribute("agencyChoices", List.of(new Choice.Group(null, catalog.all().stream()
                .map(agency -> Choice.of(agency.getId(), agency.getName(), agency.getAbbreviation())).toList())));
        return "organization/tree";
    }
}
