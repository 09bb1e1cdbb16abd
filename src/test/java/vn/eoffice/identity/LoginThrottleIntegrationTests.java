package vn.eoffice.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.eoffice.IntegrationTest;
import vn.eoffice.audit.AuditLine;
import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.AuditQuery;
import vn.eoffice.notifications.Category;
import vn.eoffice.notifications.NotificationSummary;
import vn.eoffice.notifications.Notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Failed logins slow down the next ones, per account name and per source address, for the form, HTTP Basic and
 * bearer tokens, and never lock anyone out. The delays here are minutes (not seconds) and the clock is moved by
 * hand, so that a slow machine never lets a delay run out between two requests.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(LoginThrottleIntegrationTests.ClockConfig.class)
@TestPropertySource(properties = { "eoffice.identity.throttle.account-free-failures=5",
        "eoffice.identity.throttle.address-free-failures=8", "eoffice.identity.throttle.first-delay=1m",
        "eoffice.identity.throttle.max-delay=8m", "eoffice.identity.throttle.account-alert-failures=7",
        "eoffice.identity.throttle.address-alert-failures=1000" })
class LoginThrottleIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired AuditLog audit;
    @Autowired Notifier notifier;
    @Autowired UserManagement users;
    @Autowired TokenService tokens;
    @Autowired AdjustableClock clock;

    @Test
    void anAccountWaitsLongerAfterEachFailureAndTheRightPasswordEndsIt() throws Exception {
        var user = accounts.create(Role.OFFICER);
        var from = address();
        for (int i = 0; i < 5; i++) {
            login(user.getUsername(), "wrong-password" + i, from).andExpect(redirectedUrl("/login?error=bad"));
        }

        // even the right password waits: refused before it is checked
        login(user.getUsername(), TestAccounts.PASSWORD, from)
                .andExpect(redirectedUrl("/login?error=throttled&wait=60"))
                .andExpect(unauthenticated());
        // from another address too: the delay belongs to the account name
        login(user.getUsername(), TestAccounts.PASSWORD, address())
                .andExpect(redirectedUrl("/login?error=throttled&wait=60"));

        clock.advance(Duration.ofSeconds(61));
        login(user.getUsername(), "wrong-password5", from).andExpect(redirectedUrl("/login?error=bad"));
        login(user.getUsername(), TestAccounts.PASSWORD, from)
                .andExpect(redirectedUrl("/login?error=throttled&wait=120"));

        clock.advance(Duration.ofSeconds(121));
        login(user.getUsername(), TestAccounts.PASSWORD, from)
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(user.getUsername()));
        // the success forgot the failures: one more wrong password is just wrong
        login(user.getUsername(), "wrong-password6", from).andExpect(redirectedUrl("/login?error=bad"));
        login(user.getUsername(), TestAccounts.PASSWORD, from).andExpect(redirectedUrl("/"));
    }

    @Test
    void theLoginPageSaysHowLongToWaitAndNeverThatAnAccountIsLocked() throws Exception {
        mvc.perform(get("/login").param("error", "throttled").param("wait", "8"))
                .andExpect(content().string(containsString(
                        "Đăng nhập tạm thời bị chặn, vui lòng thử lại sau 8 giây")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("khóa"))));
        mvc.perform(get("/login").param("error", "locked"))
                .andExpect(content().string(containsString("Tên đăng nhập hoặc mật khẩu không đúng.")));
    }

    @Test
    void anUnknownNameGetsExactlyTheAnswersOfAnExistingOne() throws Exception {
        var user = accounts.create(Role.OFFICER);
        String unknown = "khongco" + UUID.randomUUID().toString().substring(0, 8);

        var known = answers(user.getUsername());
        var stranger = answers(unknown);

        assertThat(stranger).isEqualTo(known).containsExactly("/login?error=bad", "/login?error=bad",
                "/login?error=bad", "/login?error=bad", "/login?error=bad", "/login?error=throttled&wait=60");
    }

    @Test
    void aDisabledAccountIsOnlyNamedToWhoeverKnowsItsPassword() throws Exception {
        var user = accounts.create(Role.OFFICER);
        users.update(user.getId(), new UserDetailsForm(user.getUsername(), user.getFullName(), null, null, null,
                user.account().agencyId(), null, user.account().roles(), user.account().clearance(), false));

        login(user.getUsername(), "wrong-password", address()).andExpect(redirectedUrl("/login?error=bad"));
        login(user.getUsername(), TestAccounts.PASSWORD, address())
                .andExpect(redirectedUrl("/login?error=disabled"));
    }

    @Test
    void anAddressThatFailsForManyNamesWaitsWhateverTheName() throws Exception {
        var from = address();
        for (int i = 0; i < 8; i++) {
            login("doan" + UUID.randomUUID().toString().substring(0, 8), "wrong-password", from)
                    .andExpect(redirectedUrl("/login?error=bad"));
        }
        var user = accounts.create(Role.OFFICER);

        login(user.getUsername(), TestAccounts.PASSWORD, from)
                .andExpect(redirectedUrl("/login?error=throttled&wait=60"));
        mvc.perform(get("/api/v1/me").with(httpBasic(user.getUsername(), TestAccounts.PASSWORD)).with(from))
                .andExpect(status().isTooManyRequests());
        // the same person from another address is not held up
        login(user.getUsername(), TestAccounts.PASSWORD, address()).andExpect(redirectedUrl("/"));
    }

    @Test
    void httpBasicAnswers429WithRetryAfter() throws Exception {
        var user = accounts.create(Role.OFFICER);
        var from = address();
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(user.getUsername(), "wrong-password" + i)).with(from))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/v1/me").with(httpBasic(user.getUsername(), TestAccounts.PASSWORD)).with(from))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "60"))
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.detail").value("Đăng nhập tạm thời bị chặn, vui lòng thử lại sau 60 giây."));
    }

    @Test
    void wrongBearerTokensMakeTheirAddressWait() throws Exception {
        var user = accounts.create(Role.OFFICER);
        var issued = tokens.issue(user.getId(), "connector", null);
        var from = address();
        for (int i = 0; i < 8; i++) {
            mvc.perform(get("/api/v1/me").header("Authorization", "Bearer eo_guess" + i).with(from))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.secret()).with(from))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "60"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.secret()).with(address()))
                .andExpect(status().isOk());
    }

    @Test
    void everyAttemptIsAuditedWithTheNameAsTypedAndTheAddressButNoPassword() throws Exception {
        var user = accounts.create(Role.OFFICER);
        String typed = user.getUsername().toUpperCase();
        var from = address();
        for (int i = 0; i < 5; i++) {
            login(typed, "SaiMatKhau" + i, from);
        }
        login(typed, TestAccounts.PASSWORD, from);
        clock.advance(Duration.ofSeconds(61));
        login(typed, TestAccounts.PASSWORD, from).andExpect(redirectedUrl("/"));

        var lines = audit.find(new AuditQuery(user.getUsername(), "LOGIN", "USER", null, null, null, null),
                PageRequest.of(0, 50)).getContent();
        assertThat(lines).extracting(AuditLine::action)
                .containsExactly("LOGIN", "LOGIN_THROTTLED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED",
                        "LOGIN_FAILED", "LOGIN_FAILED");
        assertThat(lines).filteredOn(e -> e.action().equals("LOGIN_FAILED"))
                .allSatisfy(e -> {
                    assertThat(e.actorUsername()).isEqualTo(typed);
                    assertThat(e.actorId()).isEqualTo(user.getId());
                });
        assertThat(lines).allSatisfy(e -> {
            assertThat(e.remoteAddress()).isEqualTo(fromAddress(from));
            assertThat(String.valueOf(e.details())).doesNotContain("SaiMatKhau", TestAccounts.PASSWORD);
        });
    }

    @Test
    void administratorsAreToldOnceWhenAnAccountIsUnderAttack() throws Exception {
        var user = accounts.create(Role.OFFICER);
        var admin = users.findByUsername("admin").orElseThrow();
        var from = address();
        for (int i = 0; i < 9; i++) {
            login(user.getUsername(), "wrong-password" + i, from);
            clock.advance(Duration.ofMinutes(9)); // past every delay, so that each attempt is really checked
        }

        String expected = "Cảnh báo: tài khoản \"" + user.getUsername() + "\" bị nhập sai mật khẩu 7 lần";
        await().atMost(Duration.ofSeconds(20)).until(() -> titles(admin.id()).contains(expected));
        var warning = notifier.list(admin.id(), PageRequest.of(0, 50)).getContent().stream()
                .filter(n -> n.title().equals(expected)).findFirst().orElseThrow();
        assertThat(warning.category()).isEqualTo(Category.SECURITY);
        // failures 8 and 9 came within the same window: no second warning
        assertThat(titles(admin.id())).filteredOn(t -> t.contains("\"" + user.getUsername() + "\"")).hasSize(1);
    }

    @Test
    void theAdministratorsUnlockLiftsTheDelay() throws Exception {
        var user = accounts.create(Role.OFFICER);
        var from = address();
        for (int i = 0; i < 5; i++) {
            login(user.getUsername(), "wrong-password" + i, from);
        }
        login(user.getUsername(), TestAccounts.PASSWORD, from)
                .andExpect(redirectedUrl("/login?error=throttled&wait=60"));
        assertThat(users.loginBlockedUntil(List.of(user.account()))).containsKey(user.getId());

        mvc.perform(post("/admin/users/" + user.getId() + "/unlock").with(csrf())
                        .with(user(accounts.principal("admin"))))
                .andExpect(redirectedUrl("/admin/users/" + user.getId()));

        assertThat(users.loginBlockedUntil(List.of(user.account()))).isEmpty();
        login(user.getUsername(), TestAccounts.PASSWORD, from).andExpect(redirectedUrl("/"));
    }

    private List<String> answers(String username) throws Exception {
        var from = address();
        var answers = new ArrayList<String>();
        for (int i = 0; i < 6; i++) {
            answers.add(login(username, "wrong-password" + i, from).andReturn().getResponse().getRedirectedUrl());
        }
        return answers;
    }

    private List<String> titles(Long userId) {
        return notifier.list(userId, PageRequest.of(0, 50)).getContent().stream()
                .map(NotificationSummary::title).toList();
    }

    private org.springframework.test.web.servlet.ResultActions login(String username, String password,
            RequestPostProcessor from) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password)
                .with(csrf()).with(from));
    }

    /** A source address of the test's own, so that tests never share an address's count. */
    private static RequestPostProcessor address() {
        var random = ThreadLocalRandom.current();
        String address = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
        return new Source(address);
    }

    private static String fromAddress(RequestPostProcessor from) {
        return ((Source) from).address();
    }

    private record Source(String address) implements RequestPostProcessor {
        @Override
        public org.springframework.mock.web.MockHttpServletRequest postProcessRequest(
                org.springframework.mock.web.MockHttpServletRequest request) {
            request.setRemoteAddr(address);
            return request;
        }
    }

    /** The system clock, which these tests move forward to let a login delay run out without waiting for it. */
    static class AdjustableClock extends Clock {

        private final Clock system;
        private volatile Duration offset = Duration.ZERO;

        AdjustableClock(Clock system) {
            this.system = system;
        }

        void advance(Duration duration) {
            offset = offset.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return system.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return system.withZone(zone);
        }

        @Override
        public Instant instant() {
            return system.instant().plus(offset);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class ClockConfig {

        @Bean
        @Primary
        AdjustableClock adjustableClock() {
            return new AdjustableClock(Clock.system(ZoneId.of("Asia/Ho_Chi_Minh")));
        }
    }
}
