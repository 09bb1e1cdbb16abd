package vn.eoffice.notifications;

/**
 * What a notification is about; the recipient chooses per category whether it also comes by e-mail.
 * {@link #emailByDefault()} applies until the person chooses: rare, important categories default to e-mail,
 * high-volume ones (document traffic, system messages) do not.
 */
public enum Category {
    SECURITY(true), DELEGATION(true), DOCUMENT(false), TASK(true), MEETING(true), SYSTEM(false);

    private final boolean emailByDefault;

    Category(boolean emailByDefault) {
        this.emailByDefault = emailByDefault;
    }

    public boolean emailByDefault() {
        return emailByDefault;
    }

    public String messageKey() {
        return "notifications.category." + name();
    }
}
