package vn.eoffice.identity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.identity.DelegationView;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.identity.UserSummary;
import vn.eoffice.platform.Choice;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;

/**
 * Absence delegations (ủy quyền): who may act for whom, when; an administrator records and revokes them.
 */
@Controller
@RequestMapping("/admin/delegations")
class DelegationAdminController {

    record DelegationForm(@NotNull(message = "{delegation.delegator.required}") Long delegatorId,
            @NotNull(message = "{delegation.deputy.required}") Long deputyId,
            @NotNull(message = "{delegation.from.required}") LocalDate from,
            @NotNull(message = "{delegation.to.required}") LocalDate to,
            @Size(max = 500, message = "{field.tooLong}") String reason) {
    }

    /** A delegation with the names of both people and where it stands today. */
    record DelegationRow(Long id, String delegator, String deputy, LocalDate from, LocalDate to, String reason,
            String status) {
    }

    private final UserManagement users;
    private final OrganizationChoices organization;
    private final Clock clock;

    DelegationAdminController(UserManagement users, OrganizationChoices organization, Clock clock) {
        this.users = users;
        this.organization = organization;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        var today = LocalDate.now(clock);
        model.addAttribute("delegationForm", new DelegationForm(null, null, today, today.plusDays(7), null));
        return page(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("delegationForm") DelegationForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (form == null) {
            throw new DomainException("error.validation");
        }
        if (!errors.hasErrors()) {
            try {
                users.delegate(form.delegatorId(), form.deputyId(), form.from(), form.to(), form.reason());
                redirect.addFlashAttribute("flash", "delegation.created");
                return "redirect:/admin/delegations";
            } catch (DomainException e) {
                FormErrors.reject(errors, e);
            } catch (NotFoundException e) {
                errors.reject("delegation.person.unknown");
            }
        }
        return page(model);
    }

    @GetMapping("/{id}/revoke")
    String confirmRevoke(@PathVariable Long id, Model model) {
        var row = users.delegations().stream().filter(d -> d.id().equals(id)).findFirst()
                .map(d -> row(d, new HashMap<>(), LocalDate.now(clock)))
                .orElseThrow(() -> new NotFoundException("delegation " + id));
        return Confirmation.page(model, "delegation.revoke.title", "delegation.revoke.confirm",
                new Object[] { row.delegator(), row.deputy() }, "/admin/delegations/" + id + "/revoke",
                "/admin/delegations", "delegation.revoke");
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable Long id, RedirectAttributes redirect) {
        users.revokeDelegation(id);
        redirect.addFlashAttribute("flash", "delegation.revoked");
        return "redirect:/admin/delegations";
    }

    private String page(Model model) {
        var today = LocalDate.now(clock);
        Map<Long, String> names = new HashMap<>();
        model.addAttribute("delegations", users.delegations().stream().map(d -> row(d, names, today)).toList());
        // the staff of every hosted agency, one group per agency, with their usernames to tell namesakes apart
        model.addAttribute("staff", organization.hosted().stream().map(agency -> new Choice.Group(
                agency.agency().name(), users.staffOf(agency.agency().id()).stream()
                        .map(person -> Choice.of(person.id(), person.fullName(), person.username())).toList()))
                .toList());
        return "identity/admin/delegations";
    }

    private DelegationRow row(DelegationView d, Map<Long, String> names, LocalDate today) {
        String status = d.revokedAt() != null ? "revoked"
                : today.isBefore(d.validFrom()) ? "upcoming"
                : today.isAfter(d.validTo()) ? "ended" : "active";
        return new DelegationRow(d.id(), name(d.delegatorId(), names), name(d.deputyId(), names), d.validFrom(),
                d.validTo(), d.reason(), status);
    }

    private String name(Long userId, Map<Long, String> names) {
        return names.computeIfAbsent(userId, id -> {
            UserSummary user = users.summary(id);
            return user.fullName() + " (" + user.username() + ")";
        });
    }
}
