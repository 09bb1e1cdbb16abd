package vn.eoffice.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
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
import vn.eoffice.organization.AgencyDetails;
import vn.eoffice.organization.AgencyKind;
import vn.eoffice.organization.OrganizationManagement;
import vn.eoffice.organization.OrganizationTree;
import vn.eoffice.platform.Choice;
import vn.eoffice.platform.FormPosts;

/** Hosted agencies: list, detail with units and terms, create and edit. */
@Controller
@RequestMapping("/admin/agencies")
class AgencyAdminController {

    static final int PAGE_SIZE = 20;

    private final AgencyCatalog catalog;
    private final OrganizationTree tree;
    private final OrganizationManagement management;
    private final Clock clock;

    AgencyAdminController(AgencyCatalog catalog, OrganizationTree tree, OrganizationManagement management,
            Clock clock) {
        this.catalog = catalog;
        this.tree = tree;
        this.management = management;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model,
            HttpServletRequest request) {
        model.addAttribute("q", q);
        model.addAttribute("page", catalog.search(true, q, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return Htmx.view(request, "organization/agencies", "results");
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        var agency = catalog.hostedAgency(id);
        model.addAttribute("agency", agency);
        model.addAttribute("parent", agency.getParentId() == null ? null : catalog.agency(agency.getParentId()));
        model.addAttribute("units", catalog.units(id));
        model.addAttribute("terms", catalog.terms(id));
        model.addAttribute("history", tree.historyOf(id));
        model.addAttribute("today", LocalDate.now(clock));
        return "organization/agency";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        return form(model, AgencyDetails.blank(AgencyKind.PARTY_COMMISSION, LocalDate.now(clock)), null, 0);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") AgencyDetails form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        FormErrors.checkDates(form.datesInOrder(), "validTo", binding);
        return FormPosts.submit(binding, redirect, "agency.created", FormErrors.FIELDS, () -> {
            var agency = management.createAgency(form, true);
            return "/admin/agencies/" + agency.getId();
        }, () -> form(model, form, null, 0));
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        var agency = catalog.hostedAgency(id);
        return form(model, AgencyDetails.of(agency), id, agency.getVersion());
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @RequestParam long version,
            @Valid @ModelAttribute("form") AgencyDetails form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        catalog.hostedAgency(id);
        FormErrors.checkDates(form.datesInOrder(), "validTo", binding);
        return FormPosts.submit(binding, redirect, "agency.updated", FormErrors.FIELDS, () -> {
            management.updateAgency(id, version, form);
            return "/admin/agencies/" + id;
        }, () -> form(model, form, id, version));
    }

    /** The agencies the one being edited may belong to (any but itself), for the picker. */
    static List<Choice.Group> parents(AgencyCatalog catalog, Long id) {
        return List.of(new Choice.Group(null, catalog.all().stream().filter(agency -> !agency.getId().equals(id))
                .map(agency -> Choice.of(agency.getId(), agency.getName(), agency.getAbbreviation())).toList()));
    }

    private String form(Model model, AgencyDetails form, Long id, long version) {
        model.addAttribute("form", form);
        model.addAttribute("agencyId", id);
        model.addAttribute("version", version);
        model.addAttribute("hosted", true);
        model.addAttribute("kinds", AgencyKind.values());
        model.addAttribute("parents", parents(catalog, id));
        model.addAttribute("action", id == null ? "/admin/agencies" : "/admin/agencies/" + id);
        model.addAttribute("cancel", id == null ? "/admin/agencies" : "/admin/agencies/" + id);
        return "organization/agency-form";
    }
}
