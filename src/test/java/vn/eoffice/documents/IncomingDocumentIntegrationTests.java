package vn.eoffice.documents;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.AuditQuery;
import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Permission;
import vn.eoffice.platform.Secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class IncomingDocumentIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired DocumentManagement documents;
    @Autowired DocumentQueries queries;
    @Autowired RegisterManagement registers;
    @Autowired AccessControl access;
    @Autowired AuditLog audit;
    @Autowired TransactionTemplate transactions;
    @Autowired vn.eoffice.notifications.Notifier notifier;

    @Test
    void clerkRegistersADocumentAndGetsTheNextArrivalNumber() throws Exception {
        String notation = uniqueNotation();
        mvc.perform(post("/documents/incoming").with(csrf()).with(user(as("vanthu")))
                        .param("registerId", incomingRegister().toString()).param("typeCode", "CV")
                        .param("urgency", "URGENT").param("secrecy", "NONE").param("issuerName", "Sở Y tế tỉnh Điện Biên")
                        .param("notation", notation).param("documentDate", OfficeDate.today().minusDays(1).toString())
                        .param("summary", "Về việc tuyên truyền phòng chống dịch bệnh mùa đông")
                        .param("pageCount", "3").param("copies", "1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/documents/*"));
        var registered = find(notation);
        assertThat(registered.getStatus()).isEqualTo(DocumentStatus.REGISTERED);
        assertThat(registered.getRegisterNumber()).isPositive();
        assertThat(registered.getArrivalDate()).isEqualTo(OfficeDate.today());
        var next = register(as("vanthu"), uniqueNotation(), Secrecy.NONE);
        assertThat(next.getRegisterNumber()).isEqualTo(registered.getRegisterNumber() + 1);
        assertThat(audit.find(new AuditQuery(null, "DOCUMENT_REGISTERED", "DOCUMENT",
                registered.getId().toString(), null, null, null), PageRequest.of(0, 5)).getTotalElements())
                .isEqualTo(1);
        mvc.perform(get("/documents/" + registered.getId()).with(user(as("vanthu"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("đã vào sổ văn bản đến")))
                .andExpect(content().string(containsString("Khẩn")));
    }

    @Test
    void secretDocumentIsEnteredInTheSecretIncomingRegisterWithArrivalNumbersOfItsOwn() {
        var clerk = as("vanthu");
        var open = register(clerk, uniqueNotation(), Secrecy.NONE);
        var secret = register(clerk, uniqueNotation(), Secrecy.MAT);
        var nextOpen = register(clerk, uniqueNotation(), Secrecy.NONE);
        var nextSecret = register(clerk, uniqueNotation(), Secrecy.MAT);
        assertThat(open.getRegisterId()).isEqualTo(incomingRegister());
        assertThat(registers.get(secret.getRegisterId()).isSecretOnly()).as("Sổ văn bản mật đến").isTrue();
        assertThat(nextSecret.getRegisterId()).isEqualTo(secret.getRegisterId());
        // the ordinary arrival series does not count secret documents, and the secret one counts only them
        assertThat(nextOpen.getRegisterNumber()).isEqualTo(open.getRegisterNumber() + 1);
        assertThat(nextSecret.getRegisterNumber()).isEqualTo(secret.getRegisterNumber() + 1);
    }

    @Test
    void invalidInputShowsVietnameseMessagesAndRegistersNothing() throws Exception {
        long before = queries.incoming(as("vanthu"), Box.ALL, PageRequest.of(0, 1)).getTotalElements();
        mvc.perform(post("/documents/incoming").with(csrf()).with(user(as("vanthu")))
                        .param("registerId", incomingRegister().toString()).param("typeCode", "CV")
                        .param("urgency", "NORMAL").param("secrecy", "NONE")
                        .param("documentDate", OfficeDate.today().plusDays(3).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cần nhập số, ký hiệu của văn bản.")))
                .andExpect(content().string(containsString("Cần nhập trích yếu.")))
                .andExpect(content().string(containsString("Ngày văn bản không được sau hôm nay.")));
        mvc.perform(post("/documents/incoming").with(csrf()).with(user(as("vanthu")))
                        .param("registerId", incomingRegister().toString()).param("pageCount", "nhiều"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cần nhập một số nguyên.")));
        assertThat(queries.incoming(as("vanthu"), Box.ALL, PageRequest.of(0, 1)).getTotalElements())
                .isEqualTo(before);
    }

    @Test
    void onlyClerksRegister() throws Exception {
        mvc.perform(get("/documents/incoming/new").with(user(as("chuyenvien")))).andExpect(status().isForbidden());
        mvc.perform(post("/documents/incoming").with(csrf()).with(user(as("lanhdao")))
                .param("summary", "x")).andExpect(status().isForbidden());
    }

    @Test
    void textIsShownEscaped() throws Exception {
        var document = register(as("vanthu"), "<script>alert('x')</script>" + UUID.randomUUID().toString().substring(0, 8),
                Secrecy.NONE);
        mvc.perform(get("/documents/" + document.getId()).with(user(as("vanthu"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert('x')"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert(")));
    }

    @Test
    void probableDuplicateIsFlaggedWhileTyping() throws Exception {
        var first = register(as("vanthu"), uniqueNotation(), Secrecy.NONE);
        mvc.perform(get("/documents/incoming/duplicates").with(user(as("vanthu")))
                        .param("issuerName", first.getIssuerName().toUpperCase()).param("notation", first.getNotation())
                        .param("documentDate", first.getDocumentDate().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Có thể trùng")))
                .andExpect(content().string(containsString("/documents/" + first.getId())));
    }

    @Test
    void secretDocumentLeavesNoTraceForPeopleWithoutClearance() throws Exception {
        var secret = register(as("vanthu"), uniqueNotation(), Secrecy.MAT);
        var officer = as("chuyenvien");
        assertThat(queries.incoming(officer, Box.ALL, PageRequest.of(0, 1000)).getContent())
                .noneMatch(row -> row.id().equals(secret.getId()));
        mvc.perform(get("/documents/" + secret.getId()).with(user(officer))).andExpect(status().isNotFound());
        var admin = as("admin");
        mvc.perform(get("/documents/" + secret.getId()).with(user(admin))).andExpect(status().isNotFound());
        assertThat(queries.incoming(as("lanhdao"), Box.ALL, PageRequest.of(0, 1000)).getContent())
                .anyMatch(row -> row.id().equals(secret.getId()));
        assertThat(documents.probableDuplicates(officer, secret.getIssuerName(), secret.getNotation(),
                secret.getDocumentDate())).isEmpty();
    }

    @Test
    void submittedDocumentWaitsInTheLeadersBox() throws Exception {
        var document = register(as("vanthu"), uniqueNotation(), Secrecy.NONE);
        Long leaderId = as("lanhdao").id();
        mvc.perform(post("/documents/" + document.getId() + "/submit").with(csrf()).with(user(as("vanthu")))
                        .param("leaderId", leaderId.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(queries.incoming(as("lanhdao"), Box.AWAITING_DIRECTIVE, PageRequest.of(0, 1000)).getContent())
                .anyMatch(row -> row.id().equals(document.getId()) && row.status() == DocumentStatus.SUBMITTED);
        assertThat(queries.incoming(as("truongban"), Box.AWAITING_DIRECTIVE, PageRequest.of(0, 1000)).getContent())
                .noneMatch(row -> row.id().equals(document.getId()));
        mvc.perform(post("/documents/" + document.getId() + "/submit").with(csrf()).with(user(as("vanthu")))
                        .param("leaderId", as("chuyenvien").id().toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(documents.timeline(as("vanthu"), document.getId())).extracting(TimelineEntry::kind)
                .containsExactly("REGISTERED", "SUBMITTED");
        assertThat(eventually(() -> notifier.list(leaderId, PageRequest.of(0, 50)).getContent().stream()
                .anyMatch(n -> ("/documents/" + document.getId()).equals(n.link()))))
                .as("the leader is notified").isTrue();
    }

    /** Listeners run after commit on another thread: poll for a bounded time instead of sleeping blindly. */
    private static boolean eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    @Test
    void listsShowExactlyWhatTheAccessRuleAllowsForEveryDemoUser() {
        register(as("vanthu"), uniqueNotation(), Secrecy.MAT);
        register(as("vanthu"), uniqueNotation(), Secrecy.NONE);
        var all = queries.incoming(as("vanthu"), Box.ALL, PageRequest.of(0, 10_000)).getContent();
        for (String username : List.of("admin", "vanthu", "lanhdao", "truongban", "truongphong", "chuyenvien",
                "phokhoagiao", "dinhthimai")) {
            var person = as(username);
            var listed = queries.incoming(person, Box.ALL, PageRequest.of(0, 10_000)).getContent().stream()
                    .map(DocumentRow::id).toList();
            for (var row : all) {
                boolean allowed = transactions.execute(s -> access.may(person, Permission.VIEW,
                        DocumentManagement.protection(documents.visible(as("vanthu"), row.id()))));
                assertThat(listed.contains(row.id())).as("%s and document %d", username, row.id()).isEqualTo(allowed);
            }
        }
    }

    private Document register(CurrentUser clerk, String notation, Secrecy secrecy) {
        return transactions.execute(s -> documents.registerIncoming(clerk, new IncomingDetails(incomingRegister(),
                notation, OfficeDate.today().minusDays(2), "BC", "Báo cáo kết quả công tác tuyên giáo tháng 11",
                null, "Đảng ủy phường Mường Thanh", "Lò Thị Hoa", "Bí thư", null, Urgency.NORMAL, secrecy, 4, 1,
                OfficeDate.today().plusDays(5), null), List.of()));
    }

    private Document find(String notation) {
        var row = queries.incoming(as("vanthu"), Box.ALL, PageRequest.of(0, 10_000)).getContent().stream()
                .filter(r -> r.notation().equals(notation)).findFirst().orElseThrow();
        return documents.visible(as("vanthu"), row.id());
    }

    private Long incomingRegister() {
        return registers.activeRegisters(as("vanthu").agencyId(), RegisterKind.INCOMING).get(0).id();
    }

    private CurrentUser as(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }

    private static String uniqueNotation() {
        return (100 + (int) (Math.random() * 900)) + "-CV/" + UUID.randomUUID().toString().substring(0, 6);
    }
}
