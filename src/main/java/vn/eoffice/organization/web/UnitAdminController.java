package vn.eoffice.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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
import vn.eoffice.organization.UnitDetails;
import vn.eoffice.platform.Choice;
import vn.eoffice.platform.FormPosts;

/** Internal units (phòng) of a hosted agency: add and edit. */
@Controller
@RequestMapping("/admin/agencies/{agencyId}/units")
class UnitAdminController {

    private final AgencyCatalog catalog;
    private final OrganizationManagement management;
    private final Clock clock;

    UnitAdminController(AgencyCatalog catalog, OrganizationManagement management, Clock clock) {
        this.catalog = catalog;
        this.management = management;
        this.clock = clock;
    }

    @GetMapping("/new")
    String createForm(@PathVariable Long agencyId, Model model) {
        int next = catalog.units(agencyId).size() + 1;
        return form(model, agencyId, new UnitDetails(null, null, null, next, LocalDate.now(clock), null), null, 0);
    }

    @PostMapping
    String create(@PathVariable Long agencyId, @Valid @ModelAttribute("form") UnitDetails form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        catalog.hostedAgency(agencyId);
        FormErrors.checkDates(form.datesInOrder(), "validTo", binding);
        return FormPosts.submit(binding, redirect, "unit.created", FormErrors.FIELDS, () -> {
            management.createUnit(agencyId, form);
            return "/admin/agencies/" + agencyId;
        }, () -> form(model, agencyId, form, null, 0));
    }

    @GetMapping("/{unitId}/edit")
    String editForm(@PathVariable Long agencyId, @PathVariable Long unitId, Model model) {
        var unit = catalog.unit(agencyId, unitId);
        return form(model, agencyId, UnitDetails.of(unit), unitId, unit.getVersion());
    }

    @PostMapping("/{unitId}")
    String update(@PathVariable Long agencyId, @PathVariable Long unitId, @RequestParam long version,
            @Valid @ModelAttribute("form") UnitDetails form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        catalog.unit(agencyId, unitId);
        FormErrors.checkDates(form.datesInOrder(), "validTo", binding);
        return FormPosts.submit(binding, redirect, "unit.updated", FormErrors.FIELDS, () -> {
            management.updateUnit(unitId, version, form);
            return "/admin/agencies/" + agencyId;
        }, () -> form(model, agencyId, form, unitId, version));
    }

    private String form(Model model, Long agencyId, UnitDetails form, Long unitId, long version) {
        model.addAttribute("agency", catalog.hostedAgency(agencyId));
        model.addAttribute("form", form);
        model.addAttribute("unitId", unitId);
        model.addAttribute("action", "/admin/agencies/" + agencyId + "/units" + (unitId == null ? "" : "/" + unitId));
        model.addAttribute("version", version);
        model.addAttribute("parents", List.of(new Choice.Group(null, catalog.units(agencyId).stream()
                .filter(unit -> !unit.getId().equals(unitId))
                .map(unit -> Choice.of(unit.getId(), unit.getName(), unit.getAbbreviation())).toList())));
        return "organization/unit-form";
    }
}
