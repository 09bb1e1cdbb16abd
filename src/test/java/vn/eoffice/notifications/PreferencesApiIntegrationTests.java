package vn.eoffice.notifications;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The notification settings page's choices through the API: each person reads and changes only their own. */
@IntegrationTest
@AutoConfigureMockMvc
class PreferencesApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired NotificationSettings settings;

    @Test
    void aPersonChoosesWhatComesByEmailAndOthersKeepTheirs() throws Exception {
        var person = accounts.create(Role.OFFICER);
        var other = accounts.create(Role.OFFICER);

        mvc.perform(get("/api/v1/me/notification-preferences")
                        .with(httpBasic(person.getUsername(), TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email.TASK").value(true))
                .andExpect(jsonPath("$.email.DOCUMENT").value(false));
        mvc.perform(put("/api/v1/me/notification-preferences").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":[\"DOCUMENT\"]}")
                        .with(httpBasic(person.getUsername(), TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email.DOCUMENT").value(true))
                .andExpect(jsonPath("$.email.TASK").value(false));

        assertThat(settings.wantsEmail(person.getId(), Category.DOCUMENT)).isTrue();
        assertThat(settings.wantsEmail(person.getId(), Category.TASK)).isFalse();
        assertThat(settings.wantsEmail(other.getId(), Category.TASK)).isTrue();
        mvc.perform(put("/api/v1/me/notification-preferences").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":[\"NOPE\"]}")
                        .with(httpBasic(person.getUsername(), TestAccounts.PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/me/notification-preferences").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":[]}")).andExpect(status().isUnauthorized());
    }
}
