package vn.eoffice.identity;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class UserApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired Users repository;

    @Test
    void administratorListsPeopleByText() throws Exception {
        var user = accounts.create(Role.OFFICER);

        mvc.perform(get("/api/v1/users").param("q", user.getUsername()).with(httpBasic("admin", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].username").value(user.getUsername()))
                .andExpect(jsonPath("$.content[0].passwordHash").doesNotExist())
                .andExpect(jsonPath("$.page").value(0));
    }

    @Test
    void officerMayNotListPeopleButMayReadThemself() throws Exception {
        var user = accounts.create(Role.OFFICER);
        var other = accounts.create(Role.OFFICER);

        mvc.perform(get("/api/v1/users").with(httpBasic(user.getUsername(), TestAccounts.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/users/" + user.getId()).with(httpBasic(user.getUsername(), TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(user.getUsername()));
        mvc.perform(get("/api/v1/users/" + other.getId()).with(httpBasic(user.getUsername(), TestAccounts.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void administratorCreatesAPerson() throws Exception {
        String username = "api" + UUID.randomUUID().toString().substring(0, 8);
        String body = """
                {"username":"%s","fullName":"Lò Thị Thử","agencyId":%d,"roles":["OFFICER"],
                 "clearance":"NONE","enabled":true,"password":"Tuyen2026giao"}""".formatted(username,
                accounts.agencyId());

        mvc.perform(post("/api/v1/users").with(httpBasic("admin", "demo123"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/users/")))
                .andExpect(jsonPath("$.username").value(username));
        assertThat(repository.findByUsernameIgnoreCase(username)).isPresent();
    }

    @Test
    void invalidPersonGivesFieldMessages() throws Exception {
        String body = """
                {"username":"x","fullName":"","roles":[],"clearance":"NONE","enabled":true,"password":""}""";

        mvc.perform(post("/api/v1/users").with(httpBasic("admin", "demo123"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields['details.fullName']").value("Cần nhập họ và tên."))
                .andExpect(jsonPath("$.fields['details.agencyId']").value("Cần chọn cơ quan."))
                .andExpect(jsonPath("$.fields.password").value("Cần nhập mật khẩu."));
    }
}
