package vn.eoffice.identity;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.AuditQuery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class UserAdministrationIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired UserManagement users;
    @Autowired Users repository;
    @Autowired AuditLog audit;
    @Autowired LoginThrottle throttle;

    @Test
    void everyAdminScreenRendersForTheAdministratorAndIsForbiddenToAnOfficer() throws Exception {
        var someone = accounts.create(Role.OFFICER);
        var delegation = users.delegate(someone.getId(), accounts.create(Role.OFFICER).getId(), OfficeDate.today(),
                OfficeDate.today().plusDays(1), "test");
        String[] screens = { "/admin/users", "/admin/users/new", "/admin/users/" + someone.getId(),
                "/admin/users/" + someone.getId() + "/password", "/admin/delegations",
                "/admin/delegations/" + delegation.id() + "/revoke",
                "/admin/users/units?details.agencyId=" + accounts.agencyId() };
        for (String screen : screens) {
            mvc.perform(get(screen).with(admin())).andExpect(status().isOk());
            mvc.perform(get(screen).with(user(accounts.principal("chuyenvien")))).andExpect(status().isForbidden());
        }
    }

    @Test
    void listShowsStatusAndSearchesByNameOrUsername() throws Exception {
        var found = accounts.create(Role.OFFICER, "find" + UUID.randomUUID().toString().substring(0, 6));

        mvc.perform(get("/admin/users").param("q", found.getUsername()).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(found.getFullName())))
                .andExpect(content().string(containsString("Đang hoạt động")))
                .andExpect(content().string(not(containsString("Lường Thị Thu"))));
    }

    @Test
    void searchIgnoresDiacritics() throws Exception {
        var user = accounts.create(Role.OFFICER);
        var form = new UserDetailsForm(user.getUsername(), "Đỗ Thị Hường " + user.getUsername(), null, null, null,
                user.account().agencyId(), null, user.account().roles(), user.account().clearance(), true);
        users.update(user.getId(), form);

        assertThat(users.search(null, null, "do thi huong " + user.getUsername(), PageRequest.of(0, 5))
                .getContent()).extracting(UserAccount::id).containsExactly(user.getId());
        assertThat(users.search(null, null, "HƯỜNG " + user.getUsername(), PageRequest.of(0, 5))
                .getContent()).extracting(UserAccount::id).containsExactly(user.getId());
    }

    @Test
    void unitChoicesFollowTheChosenAgency() throws Exception {
        mvc.perform(get("/admin/users/units").param("details.agencyId", accounts.agencyId().toString())
                        .header("HX-Request", "true").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Văn phòng")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void htmxSearchReturnsOnlyTheTableFragment() throws Exception {
        var found = accounts.create(Role.OFFICER);

        mvc.perform(get("/admin/users").param("q", found.getUsername()).header("HX-Request", "true").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"user-table\"")))
                .andExpect(content().string(containsString(found.getUsername())))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(not(containsString("navbar"))));
    }

    @Test
    void invalidUserShowsVietnameseFieldErrorsAndCreatesNothing() throws Exception {
        long before = repository.count();

        mvc.perform(post("/admin/users").with(admin()).with(csrf())
                        .param("details.username", "a b")
                        .param("details.fullName", "")
                        .param("details.email", "not-an-email")
                        .param("details.agencyId", accounts.agencyId().toString())
                        .param("details.clearance", "NONE")
                        // what the browser sends for the unticked boxes (Thymeleaf's field markers)
                        .param("_details.roles", "on")
                        .param("_details.enabled", "on")
                        .param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tên đăng nhập dài 3–60 ký tự")))
                .andExpect(content().string(containsString("Cần nhập họ và tên.")))
                .andExpect(content().string(containsString("Địa chỉ thư điện tử không hợp lệ.")))
                .andExpect(content().string(containsString("Cần chọn ít nhất một vai trò.")))
                .andExpect(content().string(containsString("Ít nhất 8 ký tự")));

        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void weakPasswordAndTakenUsernameAreShownOnTheForm() throws Exception {
        mvc.perform(validCreate("n" + UUID.randomUUID().toString().substring(0, 8), "password"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mật khẩu phải có cả chữ và số.")));
        mvc.perform(validCreate("chuyenvien", "Tuyen2026giao"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("đã được dùng")));
    }

    @Test
    void aTakenUsernameComesBackOnTheFormWithWhatWasTyped() throws Exception {
        long before = repository.count();
        mvc.perform(validCreate("chuyenvien", "Tuyen2026giao"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("chuyenvien&quot; đã được dùng.")))
                .andExpect(content().string(containsString("value=\"Nguyễn Văn Thử\"")))
                .andExpect(content().string(containsString("value=\"chuyenvien@example.vn\"")));
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void validUserIsCreatedAndAudited() throws Exception {
        String username = "n" + UUID.randomUUID().toString().substring(0, 8);

        mvc.perform(validCreate(username, "Tuyen2026giao")).andExpect(redirectedUrlPattern("/admin/users/*"));

        var created = repository.findByUsernameIgnoreCase(username).orElseThrow();
        assertThat(created.getRoles()).containsExactlyInAnyOrder(Role.OFFICER, Role.CLERK);
        assertThat(created.getClearance()).isEqualTo(vn.eoffice.platform.Secrecy.MAT);
        assertThat(audit.find(new AuditQuery(null, "USER_CREATED", "USER", created.getId().toString(), null, null,
                null), PageRequest.of(0, 5)).getTotalElements()).isEqualTo(1);
    }

    @Test
    void editWithAStaleVersionShowsTheConflictMessage() throws Exception {
        var user = accounts.create(Role.OFFICER);

        mvc.perform(post("/admin/users/" + user.getId()).with(admin()).with(csrf())
                        .param("version", String.valueOf(user.account().version() - 1))
                        .param("details.username", user.getUsername())
                        .param("details.fullName", "Tên mới")
                        .param("details.agencyId", user.account().agencyId().toString())
                        .param("details.roles", "OFFICER")
                        .param("details.clearance", "NONE")
                        .param("details.enabled", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("vừa được người khác thay đổi")));
        assertThat(users.get(user.getId()).fullName()).isNotEqualTo("Tên mới");
    }

    @Test
    void resetsAPasswordAndUnlocks() throws Exception {
        var user = accounts.create(Role.OFFICER);

        mvc.perform(post("/admin/users/" + user.getId() + "/password").with(admin()).with(csrf())
                        .param("password", "Moi2026abc").param("confirmation", "Other2026abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không khớp")));
        mvc.perform(post("/admin/users/" + user.getId() + "/password").with(admin()).with(csrf())
                        .param("password", "Moi2026abc").param("confirmation", "Moi2026abc"))
                .andExpect(redirectedUrlPattern("/admin/users/*"));
        assertThat(users.get(user.getId()).passwordChangedAt()).isAfter(user.getPasswordChangedAt());

        for (int i = 0; i < 6; i++) {
            throttle.recordFailure(user.getUsername(), null);
        }
        assertThat(users.loginBlockedUntil(java.util.List.of(user.account()))).containsKey(user.getId());
        mvc.perform(post("/admin/users/" + user.getId() + "/unlock").with(admin()).with(csrf()))
                .andExpect(redirectedUrlPattern("/admin/users/*"));
        assertThat(users.loginBlockedUntil(java.util.List.of(user.account()))).isEmpty();
        assertThat(throttle.failures(user.getUsername())).isZero();
    }

    @Test
    void createsAndRevokesADelegation() throws Exception {
        var delegator = accounts.create(Role.UNIT_HEAD);
        var deputy = accounts.create(Role.OFFICER);

        mvc.perform(post("/admin/delegations").with(admin()).with(csrf())
                        .param("delegatorId", delegator.getId().toString())
                        .param("deputyId", deputy.getId().toString())
                        .param("from", OfficeDate.today().toString())
                        .param("to", OfficeDate.today().plusDays(3).toString())
                        .param("reason", "Đi công tác"))
                .andExpect(redirectedUrl("/admin/delegations"));
        var created = users.activeDelegationsFor(deputy.getId());
        assertThat(created).hasSize(1);

        mvc.perform(post("/admin/delegations/" + created.get(0).id() + "/revoke").with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/delegations"));
        assertThat(users.activeDelegationsFor(deputy.getId())).isEmpty();
    }

    @Test
    void revokingADelegationAsksForConfirmationNamingBothPeople() throws Exception {
        var delegator = accounts.create(Role.UNIT_HEAD);
        var deputy = accounts.create(Role.OFFICER);
        var delegation = users.delegate(delegator.getId(), deputy.getId(), OfficeDate.today(), OfficeDate.today(), null);

        mvc.perform(get("/admin/delegations/" + delegation.id() + "/revoke").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thu hồi ủy quyền của " + delegator.getFullName())))
                .andExpect(content().string(containsString(deputy.getUsername())));
        assertThat(users.activeDelegationsFor(deputy.getId())).hasSize(1);
    }

    @Test
    void delegationWithTheEndBeforeTheStartIsRefusedOnTheForm() throws Exception {
        var delegator = accounts.create(Role.UNIT_HEAD);
        var deputy = accounts.create(Role.OFFICER);

        mvc.perform(post("/admin/delegations").with(admin()).with(csrf())
                        .param("delegatorId", delegator.getId().toString())
                        .param("deputyId", deputy.getId().toString())
                        .param("from", OfficeDate.today().plusDays(3).toString())
                        .param("to", OfficeDate.today().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày kết thúc không được trước ngày bắt đầu.")));
        assertThat(users.activeDelegationsFor(deputy.getId())).isEmpty();
    }

    private org.springframework.test.web.servlet.RequestBuilder validCreate(String username, String password) {
        return post("/admin/users").with(admin()).with(csrf())
                .param("details.username", username)
                .param("details.fullName", "Nguyễn Văn Thử")
                .param("details.title", "Chuyên viên")
                .param("details.email", username + "@example.vn")
                .param("details.agencyId", accounts.agencyId().toString())
                .param("details.roles", "OFFICER", "CLERK")
                .param("details.clearance", "MAT")
                .param("details.enabled", "true")
                .param("password", password);
    }

    private RequestPostProcessor admin() {
        return user(accounts.principal("admin"));
    }
}
