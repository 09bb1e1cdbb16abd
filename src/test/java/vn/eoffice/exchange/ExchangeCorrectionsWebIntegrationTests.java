package vn.eoffice.exchange;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.documents.Document;
import vn.eoffice.exchange.edxml.EdxmlDocument;
import vn.eoffice.exchange.edxml.PackageCodec;
import vn.eoffice.identity.CurrentUser;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages of a correction: the clerk's form on the released document (errors come back as messages, never a 500),
 * the receiving clerk's queue and entry showing what an update is about, and the document pages' links.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ExchangeCorrectionsWebIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired InboxEntries inbox;
    @Autowired ExchangeInbox exchangeInbox;
    @Autowired Corrections corrections;
    @Autowired Receiver receiver;
    @Autowired AgencyKeys keys;
    @Autowired UserDetailsService accounts;

    @Test
    void theClerkSendsAnUpdateFromTheDocumentPageAndTheReceivingClerkAppliesIt() throws Exception {
        var clerk = as("vanthu");
        var sisterClerk = SisterClerk.of(context);
        var sent = Releases.release(context, "chuyenvien", "Hướng dẫn tuyên truyền " + UUID.randomUUID(),
                List.of(SisterClerk.agencyId(context)), null);
        String page = "/documents/outgoing/" + sent.getId();
        ExchangeFixtures.await("the acknowledgement", Duration.ofSeconds(20),
                () -> corrections.possible(clerk, sent.getId()));
        var first = entries(sent).get(0);
        Long registered = exchangeInbox.accept(sisterClerk, first.getId(),
                exchangeInbox.prefill(sisterClerk, first.getId()));

        mvc.perform(get("/exchange/documents/" + sent.getId() + "/deliveries").header("HX-Request", "true")
                .with(user(clerk))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Gửi văn bản cập nhật hoặc thay thế")));
        mvc.perform(get("/exchange/documents/" + sent.getId() + "/deliveries").with(user(as("chuyenvien"))))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("corrections"))));
        correct(clerk, sent.getId(), "UPDATE", "").andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("actionError", "exchange.reason.required"));
        correct(clerk, sent.getId(), "BOGUS", "Sửa").andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("actionError", "exchange.correction.kindRequired"));
        correct(clerk, sent.getId(), "REPLACE", "Sửa").andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("actionError", "exchange.correction.replacementRequired"));
        correct(as("chuyenvien"), sent.getId(), "UPDATE", "Sửa").andExpect(status().isForbidden());
        correct(clerk, 99999999L, "UPDATE", "Sửa").andExpect(status().isNotFound());
        correct(clerk, sent.getId(), "UPDATE", "Bổ sung phụ lục").andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("flash", "exchange.correction.updateSent"));

        ExchangeFixtures.await("the update", Duration.ofSeconds(20),
                () -> entries(sent).stream().anyMatch(InboxEntry::isUpdate));
        var update = entries(sent).stream().filter(InboxEntry::isUpdate).findFirst().orElseThrow();
        mvc.perform(get("/exchange/inbox").with(user(sisterClerk))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Văn bản cập nhật cho")))
                .andExpect(content().string(containsString("/exchange/inbox/" + first.getId())))
                .andExpect(content().string(containsString("/documents/" + registered)));
        mvc.perform(get("/exchange/inbox/" + update.getId()).with(user(sisterClerk))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tiếp nhận bản cập nhật")))
                .andExpect(content().string(containsString("Bổ sung phụ lục")));
        mvc.perform(get("/exchange/inbox/" + update.getId()).with(user(clerk))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/exchange/inbox/" + update.getId()).with(user(sisterClerk)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.business").value("UPDATE"))
                .andExpect(jsonPath("$.earlierInboxId").value(first.getId()))
                .andExpect(jsonPath("$.businessReason").value("Bổ sung phụ lục"));
        mvc.perform(post("/exchange/inbox/" + update.getId() + "/apply").with(csrf()).with(user(sisterClerk)))
                .andExpect(redirectedUrl("/exchange/inbox"))
                .andExpect(flash().attribute("flash", "exchange.update.applied"));
        mvc.perform(get("/exchange/documents/" + registered + "/links").with(user(sisterClerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã tiếp nhận bản cập nhật của văn bản")));
        mvc.perform(get("/exchange/documents/" + registered + "/links").with(user(clerk)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/exchange/documents/" + registered + "/links").with(user(sisterClerk)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].kind").value("UPDATED"))
                .andExpect(jsonPath("$[0].note").value("Bổ sung phụ lục"));
        mvc.perform(get("/api/v1/exchange/documents/" + registered + "/links").with(user(clerk)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/documents/" + registered).with(user(sisterClerk))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/exchange/documents/" + registered + "/links")));
    }

    @Test
    void aFlaggedUpdateSaysWhatIsMissingAndTheQueueShowsAReplyToOurDocument() throws Exception {
        var doc = ExchangeFixtures.document(DemoExchange.SISTER, DemoExchange.COMMISSION, "Bản cập nhật lạc", null);
        var update = new EdxmlDocument(doc.from(), doc.to(), doc.documentId(), doc.codeNumber(), doc.codeNotation(),
                doc.place(), doc.promulgationDate(), doc.type(), doc.typeDetail(), doc.typeName(), doc.subject(),
                null, doc.signer(), doc.dueDate(), doc.toPlaces(), doc.otherInfo(),
                List.of(new EdxmlDocument.ResponseFor(DemoExchange.COMMISSION, "99-CV/KHONGCO", doc.promulgationDate(),
                        DemoExchange.COMMISSION + ",2026/01/02,99/CV/KHONGCO")), null,
                List.of(new EdxmlDocument.TraceHeader(DemoExchange.SISTER, Instant.now())),
                new EdxmlDocument.Business(EdxmlDocument.Business.UPDATE, "Sửa trích yếu", List.of()), List.of());
        receiver.receive(new PackageCodec(10_000_000).write(update, keys.signingKey()));
        var entry = inbox.findBySenderOrganIdAndDocumentKey(DemoExchange.SISTER, doc.documentId()).get(0);

        mvc.perform(get("/exchange/inbox/" + entry.getId()).with(user(as("vanthu")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("hệ thống chưa từng nhận văn bản đó")))
                .andExpect(content().string(containsString("Trả lời văn bản 99-CV/KHONGCO")))
                .andExpect(content().string(not(containsString("Mở văn bản đã gửi"))));
    }

    private org.springframework.test.web.servlet.ResultActions correct(CurrentUser user, Long id, String kind,
            String reason) throws Exception {
        return mvc.perform(post("/exchange/documents/" + id + "/corrections").with(csrf()).with(user(user))
                .param("kind", kind).param("reason", reason));
    }

    private List<InboxEntry> entries(Document sent) {
        return inbox.findAll().stream().filter(e -> e.getRecipientOrganId().equals(DemoExchange.SISTER)
                && sent.getNotation().equals(e.getNotation())).toList();
    }

    private CurrentUser as(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }
}
