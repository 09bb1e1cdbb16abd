package vn.eoffice.notifications;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person's choice for one category: receive an e-mail copy or not. In-app notifications cannot be turned off.
 */
@Entity
@Table(name = "notification_preference")
class NotificationPreference {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long userId;
    @Enumerated(EnumType.STRING)
    private Category category;
    private boolean emailEnabled;
    @Version
    private long version;

    protected NotificationPreference() {
    }

    NotificationPreference(Long userId, Category category, boolean emailEnabled) {
        this.userId = userId;
        this.category = category;
        this.emailEnabled = emailEnabled;
    }

    void chooseEmail(boolean enabled) {
        this.emailEnabled = enabled;
    }

    Category getCategory() { return category; }
    boolean isEmailEnabled() { return emailEnabled; }
}
