package vn.eoffice.documents;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Permission;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.Secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 20: a secret document, registered, submitted and directed as in the demo, walked through every channel a
 * person reads, for every demo account: the API and the pages (document, lists, search, tasks, notifications, home,
 * dashboard, audit). Whoever may not view it finds no trace of its summary or its number anywhere; whoever may view
 * it reaches it.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SecretChannelsWalkIntegrationTests {

    private static final List<String> DEMO_USERS = List.of("admin", "vanthu", "lanhdao", "truongban", "truongphong",
            "chuyenvien", "chuyenvien2", "phokhoagiao", "dinhthimai", "giangalu", "vanthuxa");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired DocumentManagement documents;
    @Autowired Directives directives;
    @Autowired RegisterManagement registers;
    @Autowired OrganizationDirectory organization;
    @Autowired AccessControl access;
    @Autowired TransactionTemplate transactions;

    @Test
    void aSecretDocumentLeavesNoTraceForThoseWhoMayNotViewIt() throws Exception {
        var clerk = as("vanthu");
        var leader = as("lanhdao");
        String marker = "Tinh hinh dac biet " + UUID.randomUUID().toString().substring(0, 8);
        String notation = "5-BC/" + UUID.randomUUID().toString().substring(0, 6);
        Long propaganda = organization.units(clerk.agencyId(), OfficeDate.today()).stream()
                .filter(u -> "TTBC".equals(u.abbreviation())).findFirst().orElseThrow().id();
        var document = transactions.execute(s -> {
            var registered = documents.registerIncoming(clerk, new IncomingDetails(
                    registers.activeRegisters(clerk.agencyId(), RegisterKind.INCOMING).get(0).id(), notation,
                    OfficeDate.today().minusDays(1), "BC", marker, null, "Đảng ủy xã Tuần Giáo", null, null, null,
                    Urgency.FLASH, Secrecy.MAT, 1, 1, null, null), List.of());
            documents.submit(clerk, registered.getId(), leader.id());
            directives.direct(leader, registered.getId(), new DirectiveForm(propaganda, null, null, null, null,
                    OfficeDate.today().plusDays(3), "Phòng Tuyên truyền chủ trì"));
            return registered;
        });
        var protection = DocumentManagement.protection(documents.visible(clerk, document.getId()));

        Map<String, String> channels = new LinkedHashMap<>();
        channels.put("api document", "/api/v1/documents/" + document.getId());
        channels.put("api incoming list", "/api/v1/documents?box=ALL&size=100");
        channels.put("api tasks", "/api/v1/tasks?size=100");
        channels.put("api notifications", "/api/v1/notifications?size=100");
        channels.put("api search", "/api/v1/search?q=" + marker.split(" ")[3]);
        channels.put("api audit", "/api/v1/audit?size=200");
        channels.put("page document", "/documents/" + document.getId());
        channels.put("page incoming", "/documents/incoming?box=ALL");
        channels.put("page tasks", "/tasks");
        channels.put("page notifications", "/notifications");
        channels.put("page search", "/search?q=" + marker.split(" ")[3]);
        channels.put("page home", "/");

        awaitIndexed(leader, marker);
        int viewers = 0;
        for (String username : DEMO_USERS) {
            var person = as(username);
            boolean mayView = access.may(person, Permission.VIEW, protection);
            viewers += mayView ? 1 : 0;
            for (var channel : channels.entrySet()) {
                var response = mvc.perform(get(channel.getValue()).with(user(person))).andReturn().getResponse();
                String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
                boolean trace = body.contains(marker) || body.contains(notation);
                if (!mayView) {
                    assertThat(trace).as("%s sees a trace on %s", username, channel.getKey()).isFalse();
                }
            }
            var page = mvc.perform(get("/api/v1/documents/" + document.getId()).with(user(person))).andReturn()
                    .getResponse();
            assertThat(page.getStatus()).as("%s opens the document", username).isEqualTo(mayView ? 200 : 404);
        }
        assertThat(viewers).as("the clerk, the leaders and the cleared head of the lead unit").isGreaterThanOrEqualTo(4);
        assertThat(viewers).isLessThan(DEMO_USERS.size());
    }

    private void awaitIndexed(CurrentUser viewer, String marker) throws Exception {
        var until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            String body = mvc.perform(get("/api/v1/search?q=" + marker.split(" ")[3]).with(user(viewer))).andReturn()
                    .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            if (body.contains(marker)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the document never reached the search index");
    }

    private CurrentUser as(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }
}
