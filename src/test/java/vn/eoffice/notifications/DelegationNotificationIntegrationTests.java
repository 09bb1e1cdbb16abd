package vn.eoffice.notifications;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import vn.eoffice.IntegrationTest;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserDetailsForm;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.platform.Secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class DelegationNotificationIntegrationTests {

    @Autowired UserManagement users;
    @Autowired Notifier notifier;

    @Test
    void deputyAndDelegatorAreBothTold() {
        var delegator = users.findByUsername("truongphong").orElseThrow();
        var deputy = users.findByUsername("chuyenvien2").orElseThrow();
        // a year of its own makes these notifications recognisable whatever else the database holds
        int year = 2100 + ThreadLocalRandom.current().nextInt(800);
        var from = LocalDate.of(year, 4, 1);
        var to = LocalDate.of(year, 4, 15);

        users.delegate(delegator.id(), deputy.id(), from, to, "Đi công tác");

        String period = "từ 01/04/" + year + " đến 15/04/" + year;
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(titles(deputy.id()))
                    .contains("Đồng chí được ủy quyền làm thay " + delegator.fullName() + " " + period);
            assertThat(titles(delegator.id()))
                    .contains("Đồng chí đã ủy quyền cho " + deputy.fullName() + " làm thay " + period);
        });
        var received = notifier.list(deputy.id(), PageRequest.of(0, 20)).getContent().stream()
                .filter(n -> n.title().endsWith(period)).findFirst().orElseThrow();
        assertThat(received.category()).isEqualTo(Category.DELEGATION);
        assertThat(received.link()).isEqualTo("/profile");
        assertThat(received.unread()).isTrue();
    }

    @Test
    void personWhosePasswordWasResetIsTold() {
        // a person of its own: the demo logins keep their password for the other tests
        var agency = users.findByUsername("chuyenvien").orElseThrow().agencyId();
        Long user = users.create(new UserDetailsForm("reset-" + UUID.randomUUID().toString().substring(0, 8),
                "Lò Văn Khoa", null, null, null, agency, null, Set.of(Role.OFFICER), Secrecy.NONE, true),
                "Bandau2026x").id();
        long before = notifier.unreadCount(user);

        users.resetPassword(user, "Matkhau" + ThreadLocalRandom.current().nextInt(1000, 9999) + "moi");

        await().atMost(Duration.ofSeconds(20)).until(() -> notifier.unreadCount(user) > before);
        var newest = notifier.list(user, true, PageRequest.of(0, 1)).getContent().get(0);
        assertThat(newest.category()).isEqualTo(Category.SECURITY);
        assertThat(newest.title()).isEqualTo("Mật khẩu của đồng chí đã được quản trị hệ thống đặt lại");
    }

    private java.util.List<String> titles(Long userId) {
        return notifier.list(userId, PageRequest.of(0, 50)).getContent().stream()
                .map(NotificationSummary::title).toList();
    }
}
