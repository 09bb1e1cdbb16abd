package vn.eoffice.exchange;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

import vn.eoffice.IntegrationTest;
import vn.eoffice.documents.Document;
import vn.eoffice.identity.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The exchange actions of the pages through the API, with the pages' rules: corrections and their application,
 * received files, "Gửi lại", and the peer registry.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ExchangeActionsApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired InboxEntries inbox;
    @Autowired Corrections corrections;
    @Autowired ExchangeInbox exchangeInbox;
    @Autowired ExchangeGateway gateway;
    @Autowired PeerRegistry registry;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService accounts;

    @Test
    void theClerkSendsAnUpdateWhichTheReceivingClerkAppliesAndDownloadsTheReceivedFile() throws Exception {
        var clerk = as("vanthu");
        var sisterClerk = SisterClerk.of(context);
        var sent = Releases.release(context, "chuyenvien", "Hướng dẫn qua API " + UUID.randomUUID(),
                List.of(SisterClerk.agencyId(context)), null);
        ExchangeFixtures.await("the acknowledgement", Duration.ofSeconds(20),
                () -> corrections.possible(clerk, sent.getId()));
        var first = entries(sent).get(0);
        Long registered = exchangeInbox.accept(sisterClerk, first.getId(),
                exchangeInbox.prefill(sisterClerk, first.getId()));
        String corrections = "/api/v1/exchange/documents/" + sent.getId() + "/corrections";

        mvc.perform(get("/api/v1/exchange/inbox/" + first.getId() + "/files/0")
                        .with(httpBasic(SisterClerk.USERNAME, SisterClerk.PASSWORD)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(get("/api/v1/exchange/inbox/" + first.getId() + "/files/0").with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isNotFound());
        correct("chuyenvien", corrections, "{\"kind\":\"UPDATE\",\"reason\":\"Sửa\"}")
                .andExpect(status().isForbidden());
        correct("vanthu", corrections, "{\"kind\":\"REPLACE\",\"reason\":\"Sửa\"}")
                .andExpect(status().isBadRequest());
        correct("vanthu", corrections, "{\"reason\":\"Sửa\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.kind").exists());
        correct("vanthu", corrections, "{\"kind\":\"UPDATE\",\"reason\":\"Bổ sung phụ lục\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.recipients", greaterThanOrEqualTo(1)));

        ExchangeFixtures.await("the update", Duration.ofSeconds(20),
                () -> entries(sent).stream().anyMatch(InboxEntry::isUpdate));
        var update = entries(sent).stream().filter(InboxEntry::isUpdate).findFirst().orElseThrow();
        mvc.perform(post("/api/v1/exchange/inbox/" + update.getId() + "/apply").with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/exchange/inbox/" + update.getId() + "/apply")
                        .with(httpBasic(SisterClerk.USERNAME, SisterClerk.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.documentId").value(registered));
    }

    @Test
    void onlyTheSendingClerkRetriesAFailedDelivery() throws Exception {
        var sent = Releases.release(context, "chuyenvien", "Gửi lại qua API " + UUID.randomUUID(),
                List.of(SisterClerk.agencyId(context)), null);
        Long delivery = gateway.deliveries(as("vanthu"), sent.getId()).get(0).delivery().getId();
        ExchangeFixtures.await("the delivery", Duration.ofSeconds(20), () -> "DELIVERED".equals(state(delivery)));
        String retry = "/api/v1/exchange/deliveries/" + delivery + "/retry";

        mvc.perform(post(retry).with(httpBasic("vanthu", "demo123"))).andExpect(status().isBadRequest());
        jdbc.update("update exchange_outbox set state = 'GAVE_UP' where id = ?", delivery);
        mvc.perform(post(retry).with(httpBasic("chuyenvien", "demo123"))).andExpect(status().isForbidden());
        mvc.perform(post(retry).with(httpBasic("vanthuxa", "demo123"))).andExpect(status().isNotFound());
        mvc.perform(post(retry).with(httpBasic("vanthu", "demo123"))).andExpect(status().isNoContent());
        assertThat(state(delivery)).isNotEqualTo("GAVE_UP");
    }

    @Test
    void theAdministratorRegistersAndChangesAPeerAndNobodyElseMay() throws Exception {
        String organId = "000.00.99." + UUID.randomUUID().toString().substring(0, 4).toUpperCase().replace("-", "");
        String body = JsonMapper.builder().build().writeValueAsString(java.util.Map.of("organId", organId,
                "name", "Sở Thử nghiệm", "endpointUrl", "https://thu.example.vn/edxml",
                "certificatePem", registry.ownCertificatePem()));

        mvc.perform(post("/api/v1/exchange/peers").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(httpBasic("vanthu", "demo123"))).andExpect(status().isForbidden());
        var created = mvc.perform(post("/api/v1/exchange/peers").contentType(MediaType.APPLICATION_JSON)
                        .content(body).with(httpBasic("admin", "demo123")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.organId").value(organId))
                .andExpect(jsonPath("$.enabled").value(true)).andReturn();
        String location = created.getResponse().getHeader("Location");
        mvc.perform(post("/api/v1/exchange/peers").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(httpBasic("admin", "demo123"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/exchange/peers").with(httpBasic("admin", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.organId == '" + organId + "')].name").value("Sở Thử nghiệm"));
        mvc.perform(get("/api/v1/exchange/peers").with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/exchange/node").with(httpBasic("admin", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.certificatePem").value(registry.ownCertificatePem()));

        String change = """
                {"organId":"%s","name":"Sở Thử nghiệm mới","endpointUrl":"https://thu.example.vn/edxml2",
                 "enabled":false,"version":%d}""";
        mvc.perform(put(location).contentType(MediaType.APPLICATION_JSON).content(change.formatted(organId, 99))
                .with(httpBasic("admin", "demo123"))).andExpect(status().isConflict());
        mvc.perform(put(location).contentType(MediaType.APPLICATION_JSON).content(change.formatted(organId, 0))
                        .with(httpBasic("admin", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Sở Thử nghiệm mới"))
                .andExpect(jsonPath("$.enabled").value(false));
    }

    private org.springframework.test.web.servlet.ResultActions correct(String login, String path, String body)
            throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body)
                .with(httpBasic(login, "demo123")));
    }

    private String state(Long delivery) {
        return jdbc.queryForObject("select state from exchange_outbox where id = ?", String.class, delivery);
    }

    private CurrentUser as(String login) {
        return (CurrentUser) accounts.loadUserByUsername(login);
    }

    private List<InboxEntry> entries(Document sent) {
        return inbox.findAll().stream().filter(e -> e.getRecipientOrganId().equals(DemoExchange.SISTER)
                && sent.getNotation().equals(e.getNotation())).toList();
    }
}
