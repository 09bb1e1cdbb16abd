package vn.eoffice.identity;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The administrator's account actions through the API; nobody else may take them. */
@IntegrationTest
@AutoConfigureMockMvc
class AccountApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired Users repository;
    @Autowired UserManagement users;
    @Autowired PasswordEncoder encoder;

    @Test
    void theAdministratorChangesAPersonAndResetsTheirPassword() throws Exception {
        var person = accounts.create(Role.OFFICER);
        String change = """
                {"username":"%s","fullName":"Lò Văn Đổi","agencyId":%d,"roles":["OFFICER","UNIT_HEAD"],
                 "clearance":"NONE","enabled":false,"version":%d}""".formatted(person.getUsername(),
                person.account().agencyId(), person.account().version());

        mvc.perform(put("/api/v1/users/" + person.getId()).contentType(MediaType.APPLICATION_JSON).content(change)
                .with(httpBasic("lanhdao", "demo123"))).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/users/" + person.getId()).contentType(MediaType.APPLICATION_JSON).content(change)
                        .with(httpBasic("admin", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fullName").value("Lò Văn Đổi"))
                .andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(put("/api/v1/users/" + person.getId()).contentType(MediaType.APPLICATION_JSON).content(change)
                .with(httpBasic("admin", "demo123"))).andExpect(status().isConflict());

        mvc.perform(put("/api/v1/users/" + person.getId() + "/password").contentType(MediaType.APPLICATION_JSON)
                .content("{\"password\":\"Doimatkhau2026\"}").with(httpBasic("chuyenvien", "demo123")))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/users/" + person.getId() + "/password").contentType(MediaType.APPLICATION_JSON)
                .content("{\"password\":\"Doimatkhau2026\"}").with(httpBasic("admin", "demo123")))
                .andExpect(status().isNoContent());
        assertThat(encoder.matches("Doimatkhau2026", repository.findById(person.getId()).orElseThrow()
                .getPasswordHash())).isTrue();
        mvc.perform(post("/api/v1/users/" + person.getId() + "/unlock").with(httpBasic("chuyenvien", "demo123")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/users/" + person.getId() + "/unlock").with(httpBasic("admin", "demo123")))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/users/" + person.getId() + "/second-factor/reset")
                .with(httpBasic("admin", "demo123"))).andExpect(status().isNoContent());
    }

    @Test
    void theAdministratorGrantsAndRevokesADelegation() throws Exception {
        var leader = accounts.create(Role.LEADER);
        var deputy = accounts.create(Role.LEADER);
        String body = """
                {"delegatorId":%d,"deputyId":%d,"from":"%s","to":"%s","reason":"Đi công tác"}"""
                .formatted(leader.getId(), deputy.getId(), LocalDate.now(), LocalDate.now().plusDays(3));

        mvc.perform(post("/api/v1/delegations").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(httpBasic("vanthu", "demo123"))).andExpect(status().isForbidden());
        var created = mvc.perform(post("/api/v1/delegations").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(httpBasic("admin", "demo123")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.deputyId").value(deputy.getId())).andReturn().getResponse()
                .getContentAsString();
        Long id = Long.valueOf(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(get("/api/v1/delegations").with(httpBasic("admin", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")].reason").value("Đi công tác"));
        mvc.perform(get("/api/v1/delegations").with(httpBasic("lanhdao", "demo123")))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/delegations/" + id).with(httpBasic("admin", "demo123")))
                .andExpect(status().isNoContent());
        assertThat(users.delegations()).filteredOn(d -> d.id().equals(id))
                .singleElement().satisfies(d -> assertThat(d.revokedAt()).isNotNull());
    }
}
