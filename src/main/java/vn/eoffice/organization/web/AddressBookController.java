package vn.eoffice.organization.web;

import java.time.Clock;
import java.time.LocalDate;

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
import vn.eoffice.platform.FormPosts;

/** The address book of external agencies: search, add and edit; import and export live next door. */
@Controller
@RequestMapping("/admin/address-book")
class AddressBookController {

    private final AgencyCatalog catalog;
    private final OrganizationManagement management;
    private final Clock clock;

    AddressBookController(AgencyCatalog catalog, OrganizationManagement management, Clock clock) {
        this.catalog = catalog;
        this.management = management;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model,
            HttpServletRequest request) {
        model.addAttribute("q", q);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("page", catalog.search(false, q,
                PageRequest.of(Math.max(page, 0), AgencyAdminController.PAGE_SIZE)));
        return Htmx.view(request, "organization/address-book", "results");
    }

    @GetMapping("/new")
    String createForm(Model model) {
        return form(model, AgencyDetails.blank(AgencyKind.STATE_AGENCY, LocalDate.now(clock)), null, 0);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") AgencyDetails form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        FormErrors.checkDates(form.datesInOrder(), "validTo", binding);
        return FormPosts.submit(binding, redirect, "addressBook.created", FormErrors.FIELDS, () -> {
            management.createAgency(form, false);
            return "/admin/address-book";
        }, () -> form(model, form, null, 0));
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        var agency = catalog.externalAgency(id);
        return form(model, AgencyDetails.of(agency), id, agency.getVersion());
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @RequestParam long version,
            @Valid @ModelAttribute("form") AgencyDetails form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        catalog.externalAgency(id);
        FormErrors.checkDates(form.datesInOrder(), "validTo", binding);
        return FormPosts.submit(binding, redirect, "addressBook.updated", FormErrors.FIELDS, () -> {
            management.updateAgency(id, version, form);
            return "/admin/address-book";
        }, () -> form(model, form, id, version));
    }

    private String form(Model model, AgencyDetails form, Long id, long version) {
        model.addAttribute("form", form);
        model.addAttribute("agencyId", id);
        model.addAttribute("version", version);
        model.addAttribute("hosted", false);
        model.addAttribute("kinds", AgencyKind.values());
        model.addAttribute("parents", AgencyAdminController.parents(catalog, id));
        model.addAttribute("action", id == null ? "/admin/address-book" : "/admin/address-book/" + id);
        model.addAttribute("cancel", "/admin/address-book");
        return "organization/agency-form";
    }
}
