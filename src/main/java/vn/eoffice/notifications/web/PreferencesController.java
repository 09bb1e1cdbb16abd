package vn.eoffice.notifications.web;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.notifications.Category;
import vn.eoffice.notifications.NotificationSettings;

@Controller
@RequestMapping("/notifications/preferences")
class PreferencesController {

    private final NotificationSettings settings;
    private final UserManagement users;

    PreferencesController(NotificationSettings settings, UserManagement users) {
        this.settings = settings;
        this.users = users;
    }

    @GetMapping
    String form(@AuthenticationPrincipal CurrentUser user, Model model) {
        return show(user, model);
    }

    @PostMapping
    String save(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") PreferencesForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("invalid", true);
            return show(user, model);
        }
        settings.chooseEmail(user.id(), form.emailOrNone());
        redirect.addFlashAttribute("flash", "notifications.preferences.saved");
        return "redirect:/notifications/preferences";
    }

    private String show(CurrentUser user, Model model) {
        model.addAttribute("categories", Category.values());
        model.addAttribute("choices", settings.emailChoices(user.id()));
        model.addAttribute("email", users.summary(user.id()).email());
        model.addAttribute("mailEnabled", settings.mailEnabled());
        return "notifications/preferences";
    }
}
