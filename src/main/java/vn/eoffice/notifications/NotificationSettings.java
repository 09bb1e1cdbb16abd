package vn.eoffice.notifications;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;

/**
 * A person's choice, per category, to receive notifications also by e-mail (in-app is always on).
 */
@Service
@Transactional
public class NotificationSettings {

    private final NotificationPreferences preferences;
    private final NotificationMailProperties mail;
    private final AuditLog audit;

    NotificationSettings(NotificationPreferences preferences, NotificationMailProperties mail, AuditLog audit) {
        this.preferences = preferences;
        this.mail = mail;
        this.audit = audit;
    }

    /** For every category, whether the person gets an e-mail copy (their choice, or the category's default). */
    @Transactional(readOnly = true)
    public Map<Category, Boolean> emailChoices(Long userId) {
        Map<Category, Boolean> choices = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            choices.put(category, category.emailByDefault());
        }
        preferences.findByUserId(userId).forEach(p -> choices.put(p.getCategory(), p.isEmailEnabled()));
        return choices;
    }

    @Transactional(readOnly = true)
    public boolean wantsEmail(Long userId, Category category) {
        return preferences.findByUserIdAndCategory(userId, category)
                .map(NotificationPreference::isEmailEnabled)
                .orElse(category.emailByDefault());
    }

    /** Sets the categories that come by e-mail: exactly {@code emailCategories}, the others in-app only. */
    public void chooseEmail(Long userId, Set<Category> emailCategories) {
        for (Category category : Category.values()) {
            boolean enabled = emailCategories.contains(category);
            preferences.findByUserIdAndCategory(userId, category).ifPresentOrElse(
                    p -> p.chooseEmail(enabled),
                    () -> preferences.save(new NotificationPreference(userId, category, enabled)));
        }
        audit.record("NOTIFICATION_PREFERENCES_CHANGED", "USER", userId, "email " + new TreeSet<>(emailCategories));
    }

    /** Whether the administrator turned e-mail on for this installation ({@code eoffice.mail.enabled}). */
    public boolean mailEnabled() {
        return mail.enabled();
    }
}
