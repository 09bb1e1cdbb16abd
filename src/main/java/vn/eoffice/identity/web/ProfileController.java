package vn.eoffice.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.platform.DomainException;

/**
 * The signed-in person's own page: details, contact, login history, and changing their own password.
 */
@Controller
@RequestMapping("/profile")
class ProfileController {

    record ChangePasswordForm(@NotBlank(message = "{password.current.required}") String current,
            @NotBlank(message = "{password.required}") String password,
            @NotBlank(message = "{password.confirmation.required}") String confirmation) {
    }

    private final UserManagement users;
    private final ProfilePage profile;
    private final SessionPrincipal sessions;

    ProfileController(UserManagement users, ProfilePage profile, SessionPrincipal sessions) {
        this.users = users;
        this.profile = profile;
        this.sessions = sessions;
    }

    @GetMapping
    String show(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        return profile.render(user, page, model);
    }

    @PostMapping("/contact")
    String updateContact(@AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("contactForm") ProfilePage.ContactForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return profile.render(user, 0, model);
        }
        users.updateContact(user.id(), blankToNull(form.email()), blankToNull(form.phone()));
        redirect.addFlashAttribute("flash", "profile.contact.saved");
        return "redirect:/profile";
    }

    @GetMapping("/password")
    String passwordForm(Model model) {
        model.addAttribute("passwordForm", new ChangePasswordForm(null, null, null));
        return "identity/password";
    }

    @PostMapping("/password")
    String changePassword(@AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("passwordForm") ChangePasswordForm form, BindingResult errors,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors() && !form.password().equals(form.confirmation())) {
            errors.rejectValue("confirmation", "password.mismatch");
        }
        if (!errors.hasErrors()) {
            try {
                users.changeOwnPassword(user.id(), form.current(), form.password());
                // this session stays valid; other sessions of the person end (SessionFreshnessFilter)
                sessions.replace(users.refreshed(user), request, response);
                redirect.addFlashAttribute("flash", "password.changed");
                return "redirect:/profile";
            } catch (DomainException e) {
                FormErrors.reject(errors, e);
            }
        }
        return "identity/password";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
