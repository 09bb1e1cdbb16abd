package vn.eoffice.notifications;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.IntegrationTest;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.platform.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class NotifierIntegrationTests {

    @Autowired Notifier notifier;
    @Autowired UserManagement users;
    @Autowired Notifications notifications;
    @Autowired TransactionTemplate transactions;

    @Test
    void storesTheRenderedVietnameseTextAndCountsItAsUnread() {
        Long user = userId("chuyenvien");
        long before = notifier.unreadCount(user);

        Long id = notifier.notify(user, Category.DELEGATION, "notifications.delegation.deputy",
                new Object[] { "Nguyễn Văn A", LocalDate.of(2031, 3, 2), LocalDate.of(2031, 3, 9) }, "/profile");

        assertThat(notifier.unreadCount(user)).isEqualTo(before + 1);
        var newest = notifier.list(user, PageRequest.of(0, 50)).getContent().stream()
                .filter(n -> n.id().equals(id)).findFirst().orElseThrow();
        assertThat(newest.title()).isEqualTo("Đồng chí được ủy quyền làm thay Nguyễn Văn A từ 02/03/2031 đến 09/03/2031");
        assertThat(newest.body()).contains("Nguyễn Văn A");
        assertThat(newest.category()).isEqualTo(Category.DELEGATION);
        assertThat(newest.link()).isEqualTo("/profile");
        assertThat(newest.unread()).isTrue();
    }

    @Test
    void marksOwnNotificationReadOnce() {
        Long user = userId("chuyenvien2");
        Long id = notifier.notify(user, Category.SECURITY, "notifications.passwordReset", null, null);
        long before = notifier.unreadCount(user);

        var read = notifier.markRead(user, id);
        var again = notifier.markRead(user, id);

        assertThat(read.unread()).isFalse();
        assertThat(again.readAt()).isEqualTo(read.readAt());
        assertThat(notifier.unreadCount(user)).isEqualTo(before - 1);
    }

    @Test
    void refusesToMarkSomeoneElsesNotification() {
        Long owner = userId("truongphong");
        Long id = notifier.notify(owner, Category.SECURITY, "notifications.passwordReset", null, null);

        assertThatThrownBy(() -> notifier.markRead(userId("chuyenvien"), id)).isInstanceOf(NotFoundException.class);
        assertThat(notifications.findById(id).orElseThrow().getReadAt()).isNull();
    }

    @Test
    void marksAllOfOnePersonsNotificationsReadAndNobodyElses() {
        Long user = userId("dinhthimai");
        Long other = userId("giangalu");
        notifier.notify(user, Category.SYSTEM, "notifications.passwordReset", null, null);
        notifier.notify(user, Category.TASK, "notifications.passwordReset", null, null);
        Long othersId = notifier.notify(other, Category.TASK, "notifications.passwordReset", null, null);

        int marked = notifier.markAllRead(user);

        assertThat(marked).isGreaterThanOrEqualTo(2);
        assertThat(notifier.unreadCount(user)).isZero();
        assertThat(notifier.list(user, true, PageRequest.of(0, 10))).isEmpty();
        assertThat(notifications.findById(othersId).orElseThrow().getReadAt()).isNull();
    }

    @Test
    void rolledBackTransactionLeavesNoNotification() {
        Long user = userId("phokhoagiao");
        long before = notifications.count();
        long unreadBefore = notifier.unreadCount(user);

        transactions.executeWithoutResult(status -> {
            notifier.notify(user, Category.SECURITY, "notifications.passwordReset", null, null);
            status.setRollbackOnly();
        });

        assertThat(notifier.unreadCount(user)).isEqualTo(unreadBefore);
        assertThat(notifications.count()).isEqualTo(before);
    }

    @Test
    void refusesLinksThatLeaveTheApplication() {
        Long user = userId("chuyenvien");
        for (String link : new String[] { "https://evil.example/x", "//evil.example", "/\\evil.example",
                "javascript:alert(1)", "profile" }) {
            assertThatThrownBy(() -> notifier.notify(user, Category.SYSTEM, "notifications.passwordReset", null,
                    link)).as(link).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private Long userId(String username) {
        return users.findByUsername(username).orElseThrow().id();
    }
}
