package vn.eoffice.documents.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

import vn.eoffice.documents.NumberingPolicy;
import vn.eoffice.documents.Register;
import vn.eoffice.documents.RegisterForm;
import vn.eoffice.documents.RegisterKind;
import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.identity.Candidates;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.DomainException;

/**
 * Administrators create registers and set their numbering policy (administrators only, by URL rule).
 */
@Controller
@RequestMapping("/admin/registers")
class RegisterAdminController {

    private final RegisterManagement registers;
    private final OrganizationDirectory organization;
    private final Clock clock;
    private final Candidates candidates;

    RegisterAdminController(RegisterManagement registers, OrganizationDirectory organization, Clock clock,
            Candidates candidates) {
        this.candidates = candidates;
        this.registers = registers;
        this.organization = organization;
        this.clock = clock;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long agencyId,
            Model model) {
        Long agency = agencyId != null ? agencyId : user.agencyId();
        LocalDate today = LocalDate.now(clock);
        var list = registers.registersOf(agency);
        Map<Long, String> previews = new LinkedHashMap<>();
        list.forEach(r -> previews.put(r.getId(), registers.preview(r.getId(),
                r.getKind() == RegisterKind.INCOMING ? null : "CV", today)));
        model.addAttribute("agencies", candidates.agencies());
        model.addAttribute("agency", organization.agency(agency));
        model.addAttribute("registers", list);
        model.addAttribute("previews", previews);
        model.addAttribute("sharing", registers.seriesSharing(agency));
        model.addAttribute("withoutTerm", withoutTerm(list, agency, today));
        return "documents/registers";
    }

    /**
     * The active registers numbered per Party term while the agency has no term today: each would refuse its next
     * number, so the administrator is told before a clerk is.
     */
    private List<Register> withoutTerm(List<Register> list, Long agencyId, LocalDate today) {
        if (organization.termOn(agencyId, today).isPresent()) {
            return List.of();
        }
        return list.stream().filter(Register::isActive)
                .filter(r -> r.getPolicy().reset() == NumberingPolicy.Reset.PER_TERM).toList();
    }

    @GetMapping("/new")
    String createForm(@RequestParam Long agencyId, Model model) {
        var agency = organization.agency(agencyId);
        model.addAttribute("form", RegisterForm.blank(agencyId, agency.kind().isParty()));
        return formPage(model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") RegisterForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return formPage(model, null);
        }
        try {
            registers.create(form);
        } catch (DomainException e) {
            model.addAttribute("formError", e);
            return formPage(model, null);
        }
        redirect.addFlashAttribute("flash", "register.saved");
        return "redirect:/admin/registers?agencyId=" + form.agencyId();
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable Long id, Model model) {
        model.addAttribute("form", RegisterForm.of(registers.get(id)));
        return formPage(model, id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") RegisterForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return formPage(model, id);
        }
        try {
            registers.update(id, form);
        } catch (DomainException e) {
            model.addAttribute("formError", e);
            return formPage(model, id);
        } catch (ObjectOptimisticLockingFailureException e) {
            model.addAttribute("conflict", true);
            return formPage(model, id);
        }
        redirect.addFlashAttribute("flash", "register.saved");
        return "redirect:/admin/registers?agencyId=" + form.agencyId();
    }

    private String formPage(Model model, Long id) {
        model.addAttribute("registerId", id);
        model.addAttribute("kinds", RegisterKind.values());
        model.addAttribute("scopes", NumberingPolicy.Scope.values());
        model.addAttribute("resets", NumberingPolicy.Reset.values());
        model.addAttribute("secretSeriesOptions", NumberingPolicy.SecretSeries.values());
        return "documents/register-form";
    }
}
