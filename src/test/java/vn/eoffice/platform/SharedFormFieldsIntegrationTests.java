package vn.eoffice.platform;

import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.organization.AgencyCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 18: the fields several forms share come from one fragment (fragments/document-fields, forms :: validity,
 * forms :: newPassword, card-page). Each form that uses them still shows every field with its label, bound to the
 * form, and marks the required ones.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SharedFormFieldsIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired AgencyCatalog catalog;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/documents/incoming/new      | vanthu     | registerId typeCode urgency | registerId",
            "/documents/outgoing/new      | chuyenvien | typeCode urgency            | -",
            "/admin/agencies/new          | admin      | validFrom validTo           | validFrom",
            "/admin/agencies/{c}/units/new | admin     | validFrom validTo           | validFrom",
            "/profile/password            | chuyenvien | current password confirmation | -" })
    void everySharedFieldIsThereWithItsLabel(String url, String who, String fields, String required) throws Exception {
        var commission = catalog.search(true, "BTGDVTU", PageRequest.of(0, 1)).getContent().get(0);
        String html = mvc.perform(get(url.replace("{c}", commission.getId().toString()))
                        .with(user(users.loadUserByUsername(who))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (String field : fields.split(" ")) {
            assertThat(html).as(field + " on " + url).containsPattern("<label for=\"" + field + "\"[^>]*>[^<]+</label>")
                    .containsPattern("<(input|select)[^>]*id=\"" + field + "\"[^>]*name=\"" + field + "\"");
        }
        if (!required.equals("-")) {
            assertThat(Pattern.compile("<(input|select)[^>]*id=\"" + required + "\"[^>]*required").matcher(html).find())
                    .as(required + " is required on " + url).isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource({ "/login, username", "/login?error=bad, password" })
    void theLoginCardKeepsItsPage(String url, String field) throws Exception {
        String html = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<main class=\"container\" id=\"main\">", "id=\"" + field + "\"", "/css/eoffice")
                .doesNotContain("th:fragment");
    }
}
