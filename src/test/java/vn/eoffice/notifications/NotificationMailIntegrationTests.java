package vn.eoffice.notifications;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.IntegrationTest;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserDetailsForm;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.platform.Secrecy;
import vn.eoffice.platform.StepDone;
import vn.eoffice.platform.StepWaiting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class NotificationMailIntegrationTests {

    private static final int SMTP_PORT = freePort();
    private static final ServerSetup SMTP = new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(SMTP);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("eoffice.mail.enabled", () -> true);
        registry.add("eoffice.mail.base-url", () -> "https://eoffice.test/");
        registry.add("eoffice.mail.from", () -> "eOffice <eoffice@eoffice.test>");
    }

    @Autowired Notifier notifier;
    @Autowired NotificationSettings settings;
    @Autowired UserManagement users;
    @Autowired MailRetry retry;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEventPublisher events;

    @Test
    void sendsVietnameseSubjectAndAbsoluteLink() throws Exception {
        var email = uniqueEmail();
        Long user = newUser(email);

        notifier.notify(user, Category.SECURITY, "notifications.passwordReset", null, "/profile/password");

        await().atMost(PATIENCE).until(() -> greenMail.getReceivedMessagesForDomain(email).length == 1);
        MimeMessage message = greenMail.getReceivedMessagesForDomain(email)[0];
        assertThat(message.getSubject()).isEqualTo("[eOffice] Mật khẩu của đồng chí đã được quản trị hệ thống đặt lại");
        assertThat(message.getHeader("Subject")[0]).containsIgnoringCase("=?UTF-8?");
        assertThat(message.getFrom()[0].toString()).contains("eoffice@eoffice.test");
        List<String> texts = texts(message);
        assertThat(texts).hasSize(2);
        assertThat(texts).allSatisfy(text -> assertThat(text)
                .contains("https://eoffice.test/profile/password")
                .contains("Nếu đồng chí không yêu cầu đặt lại mật khẩu"));
    }

    @Test
    void aWaitingStepIsMailedToItsPersonClearedWhenDoneAndNeverShownToTheUncleared() throws Exception {
        var email = uniqueEmail();
        var unclearedEmail = uniqueEmail();
        Long user = newUser(email);
        Long uncleared = newUser(unclearedEmail);
        String step = "task:test-" + UUID.randomUUID();
        String title = "Báo cáo quý " + UUID.randomUUID().toString().substring(0, 6);
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new StepWaiting(user, step, "TASK", Secrecy.NONE, "queue.notice.accept",
                    List.of(title), "/tasks/1"));
            events.publishEvent(new StepWaiting(uncleared, step, "TASK", Secrecy.MAT, "queue.notice.accept",
                    List.of(title), "/tasks/1"));
        });

        await().atMost(PATIENCE).until(() -> greenMail.getReceivedMessagesForDomain(email).length == 1);
        assertThat(greenMail.getReceivedMessagesForDomain(email)[0].getSubject())
                .isEqualTo("[eOffice] Báo cáo hoàn thành chờ đồng chí duyệt kết quả: " + title);
        assertThat(notifier.unreadCount(user)).isEqualTo(1);

        transactions.executeWithoutResult(status -> events.publishEvent(new StepDone(step)));
        await().atMost(PATIENCE).until(() -> notifier.unreadCount(user) == 0);
        assertThat(notifier.list(user, org.springframework.data.domain.PageRequest.of(0, 5)).getContent())
                .singleElement().satisfies(n -> assertThat(n.title()).contains(title));
        assertThat(notifier.list(uncleared, org.springframework.data.domain.PageRequest.of(0, 5)).getContent())
                .isEmpty();
        assertThat(greenMail.getReceivedMessagesForDomain(unclearedEmail)).isEmpty();
    }

    @Test
    void sendsNothingWhenThePersonTurnedTheCategoryOff() {
        var email = uniqueEmail();
        Long user = newUser(email);
        settings.chooseEmail(user, EnumSet.complementOf(EnumSet.of(Category.SECURITY)));

        Long id = notifier.notify(user, Category.SECURITY, "notifications.passwordReset", null, null);

        await().atMost(PATIENCE).until(() -> "COMPLETED".equals(mailStatus(id)));
        assertThat(greenMail.getReceivedMessagesForDomain(email)).isEmpty();
        assertThat(notifier.unreadCount(user)).isEqualTo(1);
    }

    @Test
    void sendsNothingToAPersonWithoutEmailAddress() {
        Long user = newUser(null);

        Long id = notifier.notify(user, Category.SECURITY, "notifications.passwordReset", null, null);

        await().atMost(PATIENCE).until(() -> "COMPLETED".equals(mailStatus(id)));
        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(notifier.unreadCount(user)).isEqualTo(1);
    }

    @Test
    void rolledBackChangeSendsNoEmail() {
        var email = uniqueEmail();
        Long user = newUser(email);

        transactions.executeWithoutResult(status -> {
            notifier.notify(user, Category.DELEGATION, "notifications.delegation.deputy",
                    new Object[] { "ROLLED BACK", "x", "y" }, null);
            status.setRollbackOnly();
        });
        notifier.notify(user, Category.SECURITY, "notifications.passwordReset", null, null);

        await().atMost(PATIENCE).until(() -> greenMail.getReceivedMessagesForDomain(email).length >= 1);
        assertThat(Arrays.stream(greenMail.getReceivedMessagesForDomain(email)).map(NotificationMailIntegrationTests::subject))
                .containsExactly("[eOffice] Mật khẩu của đồng chí đã được quản trị hệ thống đặt lại");
        assertThat(notifier.unreadCount(user)).isEqualTo(1);
    }

    @Test
    void smtpFailureKeepsTheChangeAndRetriesLater() {
        var email = uniqueEmail();
        Long user = newUser(email);
        greenMail.stop();

        Long id = transactions.execute(status -> {
            users.updateContact(user, email, "0215 3 888 999");
            return notifier.notify(user, Category.SECURITY, "notifications.passwordReset", null, null);
        });

        assertThat(users.summary(user).email()).isEqualTo(email);
        assertThat(notifier.unreadCount(user)).isEqualTo(1);
        await().atMost(PATIENCE).until(() -> "FAILED".equals(mailStatus(id)));

        var restarted = new GreenMail(SMTP);
        restarted.start();
        try {
            retry.resubmitFailed(Duration.ZERO);
            await().atMost(PATIENCE).until(() -> restarted.getReceivedMessagesForDomain(email).length == 1);
            await().atMost(PATIENCE).until(() -> "COMPLETED".equals(mailStatus(id)));
        } finally {
            restarted.stop();
        }
    }

    private Long newUser(String email) {
        var agency = users.findByUsername("chuyenvien").orElseThrow().agencyId();
        String username = "mail-" + UUID.randomUUID().toString().substring(0, 8);
        var form = new UserDetailsForm(username, "Nguyễn Thị Thư", null, email, null, agency, null,
                Set.of(Role.OFFICER), Secrecy.NONE, true);
        return users.create(form, "Thu2026abc").id();
    }

    private String mailStatus(Long notificationId) {
        return jdbc.query("""
                select status from event_publication
                where listener_id like '%NotificationMailer%' and serialized_event like ?""",
                rs -> rs.next() ? rs.getString(1) : null, "%\"notificationId\":" + notificationId + ",%");
    }

    private static String uniqueEmail() {
        return "thu." + UUID.randomUUID().toString().substring(0, 8) + "@eoffice.test";
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded text of every text/plain and text/html part. */
    private static List<String> texts(Part part) throws Exception {
        if (part.isMimeType("text/*")) {
            return List.of((String) part.getContent());
        }
        var texts = new java.util.ArrayList<String>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                texts.addAll(texts(child));
            }
        }
        return texts;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
