package vn.eoffice.organization.web;

import jakarta.validation.Valid;

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

import vn.eoffice.organization.AgencyCatalog;
import vn.eoffice.organization.OrganizationManagement;
import vn.eoffice.organization.TermDetails;
import vn.eoffice.platform.FormPosts;

/** Party committee terms (nhiệm kỳ) of a hosted agency: add and edit; terms must not overlap. */
@Controller
@RequestMapping("/admin/agencies/{agencyId}/terms")
class TermAdminController {

    private final AgencyCatalog catalog;
    private final OrganizationManagement management;

    TermAdminController(AgencyCatalog catalog, OrganizationManagement management) {
        this.catalog = catalog;
        this.management = management;
    }

    @GetMapping("/new")
    String createForm(@PathVariable Long agencyId, Model model) {
        return form(model, agencyId, new TermDetails(null, null, null), null, 0);
    }

    @PostMapping
    String create(@PathVariable Long agencyId, @Valid @ModelAttribute("form") TermDetails form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        catalog.hostedAgency(agencyId);
        FormErrors.checkDates(form.datesInOrder(), "endDate", binding);
        return FormPosts.submit(binding, redirect, "term.created", FormErrors.FIELDS, () -> {
            management.addTerm(agencyId, form.name(), form.startDate(), form.endDate());
            return "/admin/agencies/" + agencyId;
        }, () -> form(model, agencyId, form, null, 0));
    }

    @GetMapping("/{termId}/edit")
    String editForm(@PathVariable Long agencyId, @PathVariable Long termId, Model model) {
        var term = catalog.term(agencyId, termId);
        return form(model, agencyId, TermDetails.of(term), termId, term.version());
    }

    @PostMapping("/{termId}")
    String update(@PathVariable Long agencyId, @PathVariable Long termId, @RequestParam long version,
            @Valid @ModelAttribute("form") TermDetails form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        catalog.term(agencyId, termId);
        FormErrors.checkDates(form.datesInOrder(), "endDate", binding);
        return FormPosts.submit(binding, redirect, "term.updated", FormErrors.FIELDS, () -> {
            management.updateTerm(termId, version, form);
            return "/admin/agencies/" + agencyId;
        }, () -> form(model, agencyId, form, termId, version));
    }

    private String form(Model model, Long agencyId, TermDetails form, Long termId, long version) {
        model.addAttribute("agency", catalog.hostedAgency(agencyId));
        model.addAttribute("form", form);
        model.addAttribute("termId", termId);
        model.addAttribute("action", "/admin/agencies/" + agencyId + "/terms" + (termId == null ? "" : "/" + termId));
        model.addAttribute("version", version);
        return "organization/term-form";
    }
}
