package vn.eoffice.exchange;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.notifications.Category;
import vn.eoffice.notifications.Notifier;

/** Tells the sending agency's clerks that a package could not be delivered within the give-up period. */
@Component
class GiveUpAlerts {

    private final OutboxEntries entries;
    private final UserManagement users;
    private final Notifier notifier;
    private final TransactionTemplate transaction;

    GiveUpAlerts(OutboxEntries entries, UserManagement users, Notifier notifier,
            PlatformTransactionManager transactions) {
        this.entries = entries;
        this.users = users;
        this.notifier = notifier;
        this.transaction = new TransactionTemplate(transactions);
    }

    void gaveUp(Long outboxId) {
        transaction.executeWithoutResult(status -> entries.findById(outboxId).ifPresent(entry -> {
            if (entry.getAgencyId() == null) {
                return;
            }
            String link = entry.getDocumentId() != null ? "/documents/outgoing/" + entry.getDocumentId() : "/exchange/outbox";
            for (var user : users.staffOf(entry.getAgencyId())) {
                if (user.enabled() && user.roles().contains(Role.CLERK)) {
                    notifier.notify(user.id(), Category.DOCUMENT, "exchange.notify.gaveUp",
                            new Object[] { entry.getDocumentKey(), entry.getRecipientName() == null
                                    ? entry.getRecipientOrganId() : entry.getRecipientName() }, link);
                }
            }
        }));
    }
}
