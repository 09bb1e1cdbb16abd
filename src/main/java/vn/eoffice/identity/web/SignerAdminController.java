package vn.eoffice.identity.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.identity.Role;
import vn.eoffice.platform.FormPosts;
import vn.eoffice.platform.SigningAuthority;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.identity.UserSummary;
import vn.eoffice.platform.DomainException;

/**
 * The agency's signing rules (administrators only, by URL rule): leaders sign by their office; the administrator
 * gives other people the authority the agency decided (K/T, T/L, TUQ, Q.) and takes it back.
 */
@Controller
@RequestMapping("/admin/signers")
class SignerAdminController {

    private final UserManagement users;
    private final OrganizationChoices organization;

    SignerAdminController(UserManagement users, OrganizationChoices organization) {
        this.users = users;
        this.organization = organization;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("agencies", organization.hosted().stream()
                .map(choice -> new AgencyStaff(choice.agency().name(), users.staffOf(choice.agency().id()).stream()
                        .filter(person -> person.enabled() && !person.roles().contains(Role.ADMIN)).toList()))
                .toList());
        model.addAttribute("authorities", Arrays.stream(SigningAuthority.values())
                .filter(authority -> authority != SigningAuthority.NONE).toList());
        model.addAttribute("leader", Role.LEADER);
        return "identity/admin/signers";
    }

    @PostMapping("/{id}")
    String authorise(@PathVariable Long id, @RequestParam(required = false) SigningAuthority authority,
            RedirectAttributes redirect) {
        return FormPosts.act(redirect, "signers.saved", "/admin/signers",
                () -> users.authoriseSigning(id, authority));
    }

    record AgencyStaff(String name, List<UserSummary> staff) {
    }
}
