package vn.eoffice.notifications;

import java.util.Objects;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.eoffice.identity.DelegationGranted;
import vn.eoffice.identity.LoginAttackDetected;
import vn.eoffice.identity.PasswordReset;
import vn.eoffice.identity.UserManagement;

/**
 * Turns identity's events into notifications: both sides of a delegation, a password reset (in case the person
 * did not ask for it), and failed logins piling up on an account name or from an address (to the administrators).
 */
@Component
class IdentityNotifications {

    private final Notifier notifier;
    private final UserManagement users;

    IdentityNotifications(Notifier notifier, UserManagement users) {
        this.notifier = notifier;
        this.users = users;
    }

    @ApplicationModuleListener
    void on(DelegationGranted event) {
        var delegator = users.summary(event.delegatorId());
        var deputy = users.summary(event.deputyId());
        notifier.notify(deputy.id(), Category.DELEGATION, "notifications.delegation.deputy",
                new Object[] { delegator.fullName(), event.from(), event.to() }, "/profile");
        if (!Objects.equals(delegator.id(), deputy.id())) {
            notifier.notify(delegator.id(), Category.DELEGATION, "notifications.delegation.delegator",
                    new Object[] { deputy.fullName(), event.from(), event.to() }, "/profile");
        }
    }

    @ApplicationModuleListener
    void on(LoginAttackDetected event) {
        String key = event.target() == LoginAttackDetected.Target.ACCOUNT ? "notifications.loginAttack.account"
                : "notifications.loginAttack.address";
        for (var admin : users.administrators()) {
            notifier.notify(admin.id(), Category.SECURITY, key,
                    new Object[] { event.subject(), String.valueOf(event.failures()) },
                    "/admin/audit?action=LOGIN_FAILED&outcome=DENIED");
        }
    }

    @ApplicationModuleListener
    void on(PasswordReset event) {
        notifier.notify(event.userId(), Category.SECURITY, "notifications.passwordReset", new Object[0],
                "/profile/password");
    }
}
