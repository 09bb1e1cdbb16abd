package vn.eoffice.identity.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.identity.Candidates;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserAccount;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.FormPosts;
import vn.eoffice.platform.Secrecy;

/**
 * The list of people, and the form to add or change one (ADMIN only, by the URL rule on /admin/**).
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    static final int PAGE_SIZE = 20;

    private final UserManagement users;
    private final OrganizationChoices organization;
    private final Candidates candidates;

    UserAdminController(UserManagement users, OrganizationChoices organization, Candidates candidates) {
        this.users = users;
        this.organization = organization;
        this.candidates = candidates;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        var names = organization.unitNames();
        var people = users.search(null, unitId, q, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        var blocked = users.loginBlockedUntil(people.getContent());
        var found = people.map(user -> UserRow.of(user, names, blocked.get(user.id())));
        model.addAttribute("page", found);
        model.addAttribute("q", q == null ? "" : q.trim());
        model.addAttribute("unitId", unitId);
        model.addAttribute("unitsByAgency", candidates.unitsByAgency());
        return htmx != null ? "identity/admin/users :: table" : "identity/admin/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        return form(UserForm.blank(organization.firstAgencyId()), null, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("userForm") UserForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        requireBound(form);
        if (form.password() == null || form.password().isBlank()) {
            errors.rejectValue("password", "password.required");
        }
        return FormPosts.submit(errors, redirect, "user.created", FormErrors.FIELDS, () -> {
            var created = users.create(form.details(), form.password());
            return "/admin/users/" + created.id();
        }, () -> form(form, null, model));
    }

    @GetMapping("/{id}")
    String edit(@PathVariable Long id, Model model) {
        var user = users.get(id);
        model.addAttribute("user", row(user));
        return form(UserForm.of(user), id, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("userForm") UserForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        requireBound(form);
        return FormPosts.submit(errors, redirect, "user.updated", FormErrors.FIELDS, () -> {
            users.update(id, form.version() == null ? -1 : form.version(), form.details());
            return "/admin/users/" + id;
        }, () -> {
            model.addAttribute("user", row(users.get(id)));
            return form(form, id, model);
        });
    }

    private UserRow row(UserAccount user) {
        return UserRow.of(user, organization.unitNames(), users.loginBlockedUntil(List.of(user)).get(user.id()));
    }

    /** The unit options of the chosen agency, swapped in by htmx when the agency changes. */
    @GetMapping("/units")
    String units(@RequestParam(name = "details.agencyId", required = false) Long agencyId, Model model) {
        model.addAttribute("units", agencyId == null ? List.of() : candidates.units(agencyId));
        return "identity/admin/user-form :: unitPicker";
    }

    /** Only a hand-made request can send values the form cannot even hold (e.g. letters for an id). */
    private static void requireBound(UserForm form) {
        if (form == null || form.details() == null) {
            throw new DomainException("error.validation");
        }
    }

    private String form(UserForm form, Long id, Model model) {
        // replacing the attribute would drop its BindingResult, and with it the error messages
        if (!model.containsAttribute("userForm")) {
            model.addAttribute("userForm", form);
        }
        model.addAttribute("userId", id);
        model.addAttribute("agencies", candidates.agencies());
        model.addAttribute("units", form.agencyId() == null ? List.of() : candidates.units(form.agencyId()));
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("levels", Secrecy.values());
        return "identity/admin/user-form";
    }
}
