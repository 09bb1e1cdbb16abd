package vn.eoffice.notifications.web;

import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.notifications.Category;
import vn.eoffice.notifications.NotificationSettings;
import vn.eoffice.platform.ApiController;

/** Which notifications the caller also wants by e-mail, as on the notification settings page. */
@ApiController("/api/v1/me/notification-preferences")
@Tag(name = "Notifications")
class PreferencesApiController {

    private final NotificationSettings settings;
    private final UserManagement users;

    PreferencesApiController(NotificationSettings settings, UserManagement users) {
        this.settings = settings;
        this.users = users;
    }

    /** {@code email}: per category, whether it is also sent by e-mail; {@code mailEnabled}: whether mail is sent. */
    record Preferences(Map<Category, Boolean> email, String address, boolean mailEnabled) {
    }

    /** The categories wanted by e-mail; the others are in-app only. */
    record Choice(Set<Category> email) {
    }

    @GetMapping
    @Operation(summary = "The caller's e-mail choices per notification category")
    Preferences get(@AuthenticationPrincipal CurrentUser user) {
        return new Preferences(settings.emailChoices(user.id()), users.summary(user.id()).email(),
                settings.mailEnabled());
    }

    @PutMapping
    @Operation(summary = "Choose the notification categories the caller also gets by e-mail")
    Preferences choose(@AuthenticationPrincipal CurrentUser user, @RequestBody Choice choice) {
        settings.chooseEmail(user.id(), new PreferencesForm(choice.email()).emailOrNone());
        return get(user);
    }
}
