package vn.eoffice.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.identity.SecondFactor;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.platform.DomainException;

/**
 * An administrator sets a new password for a person, lifts the delay that failed logins put on their sign-in, or
 * resets their second factor.
 */
@Controller
@RequestMapping("/admin/users/{id}")
class AccountAdminController {

    record PasswordForm(@NotBlank(message = "{password.required}") String password,
            @NotBlank(message = "{password.confirmation.required}") String confirmation) {
    }

    private final UserManagement users;
    private final SecondFactor secondFactor;

    AccountAdminController(UserManagement users, SecondFactor secondFactor) {
        this.users = users;
        this.secondFactor = secondFactor;
    }

    @GetMapping("/password")
    String resetForm(@PathVariable Long id, Model model) {
        model.addAttribute("passwordForm", new PasswordForm(null, null));
        return resetPage(id, model);
    }

    @PostMapping("/password")
    String reset(@PathVariable Long id, @Valid @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors() && !form.password().equals(form.confirmation())) {
            errors.rejectValue("confirmation", "password.mismatch");
        }
        if (!errors.hasErrors()) {
            try {
                users.resetPassword(id, form.password());
                redirect.addFlashAttribute("flash", "user.passwordReset");
                return "redirect:/admin/users/" + id;
            } catch (DomainException e) {
                FormErrors.reject(errors, e);
            }
        }
        return resetPage(id, model);
    }

    @PostMapping("/unlock")
    String unlock(@PathVariable Long id, RedirectAttributes redirect) {
        users.unlock(id);
        redirect.addFlashAttribute("flash", "user.unlocked");
        return "redirect:/admin/users/" + id;
    }

    /** The person lost the phone with their authenticator app: they sign in with the password and may enrol again. */
    @PostMapping("/second-factor/reset")
    String resetSecondFactor(@PathVariable Long id, RedirectAttributes redirect) {
        secondFactor.reset(id);
        redirect.addFlashAttribute("flash", "totp.wasReset");
        return "redirect:/admin/users/" + id;
    }

    private String resetPage(Long id, Model model) {
        model.addAttribute("user", users.summary(id));
        return "identity/admin/user-password";
    }
}
