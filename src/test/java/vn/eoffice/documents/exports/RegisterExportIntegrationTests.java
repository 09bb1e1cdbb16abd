package vn.eoffice.documents.exports;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.AuditQuery;
import vn.eoffice.documents.Document;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.documents.IncomingDetails;
import vn.eoffice.documents.RegisterKind;
import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.documents.Urgency;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.TestAccounts;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.Secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class RegisterExportIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired DocumentManagement documents;
    @Autowired RegisterManagement registers;
    @Autowired RegisterExport exports;
    @Autowired TestAccounts testAccounts;
    @Autowired AuditLog audit;
    @Autowired TransactionTemplate transactions;

    @Test
    void pdfExportIsLandscapeWithVietnameseHeadersAndTheDocumentSummary() throws Exception {
        String token = token();
        register(as("vanthu"), "Hội nghị Mường Thanh " + token, Secrecy.NONE);
        var file = exports.export(as("vanthu"), incomingRegister(), null, null, ExportFormat.PDF);
        var pdf = ExportReading.pdf(file.content());
        assertThat(pdf.pages()).isPositive();
        assertThat(pdf.landscape()).isTrue();
        assertThat(pdf.text()).contains("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", "Ngày đến", "Số đến", "Tác giả", "Ký nhận",
                "Ghi chú", "Mường", token, "Trang 1/" + pdf.pages());
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(audit.find(new AuditQuery(null, "REGISTER_EXPORTED", "REGISTER", incomingRegister().toString(),
                null, null, null), PageRequest.of(0, 1)).getTotalElements()).isPositive();
    }

    @Test
    void xlsxExportHasTheHeaderRowAndTheDocumentsInArrivalOrder() throws Exception {
        String first = token();
        String second = token();
        var a = register(as("vanthu"), "Kế hoạch tuyên truyền " + first, Secrecy.NONE);
        var b = register(as("vanthu"), "Kế hoạch tuyên truyền " + second, Secrecy.NONE);
        var rows = ExportReading.xlsx(exports.export(as("vanthu"), incomingRegister(), null, null,
                ExportFormat.XLSX).content());
        int header = indexOf(rows, "Số đến");
        assertThat(header).isNotNegative();
        assertThat(rows.get(header)).startsWith("Ngày đến", "Số đến", "Tác giả (cơ quan ban hành)".substring(0, 7));
        int rowA = indexOf(rows, first);
        int rowB = indexOf(rows, second);
        assertThat(rowA).isGreaterThan(header);
        assertThat(rowB).isGreaterThan(rowA);
        assertThat(rows.get(rowA).get(1)).isEqualTo(String.valueOf(a.getRegisterNumber()));
        assertThat(rows.get(rowB).get(1)).isEqualTo(String.valueOf(b.getRegisterNumber()));
    }

    @Test
    void secretDocumentIsLeftOutForAClerkWithoutClearance() throws Exception {
        String token = token();
        // a secret document is entered in the secret incoming register (issue 19): that is the book printed here
        Long secretBook = register(as("vanthu"), "Tài liệu mật " + token, Secrecy.MAT).getRegisterId();
        assertThat(secretBook).isNotEqualTo(incomingRegister());
        var uncleared = as(testAccounts.create(Role.CLERK).getUsername());
        assertThat(ExportReading.pdf(exports.export(as("vanthu"), secretBook, null, null, ExportFormat.PDF)
                .content()).text()).contains(token);
        assertThat(ExportReading.pdf(exports.export(uncleared, secretBook, null, null, ExportFormat.PDF)
                .content()).text()).doesNotContain(token);
        assertThat(ExportReading.xlsx(exports.export(uncleared, secretBook, null, null, ExportFormat.XLSX)
                .content()).toString()).doesNotContain(token);
        assertThat(exports.preview(uncleared, secretBook, null, null, PageRequest.of(0, 10_000)).rows()
                .getContent().toString()).doesNotContain(token);
        assertThat(ExportReading.pdf(exports.export(as("vanthu"), incomingRegister(), null, null, ExportFormat.PDF)
                .content()).text()).as("the ordinary book").doesNotContain(token);
    }

    @Test
    void onlyClerksAndLeadersPrintRegistersAndPeriodsMustBeInOrder() {
        assertThatThrownBy(() -> exports.export(as("chuyenvien"), incomingRegister(), null, null, ExportFormat.PDF))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.export(as("vanthu"), incomingRegister(), OfficeDate.today(),
                OfficeDate.today().minusDays(1), ExportFormat.PDF))
                .isInstanceOf(DomainException.class).hasMessage("registerExport.period.invalid");
    }

    @Test
    void screenPreviewsTheRegisterAndOffersBothExports() throws Exception {
        String token = token();
        register(as("vanthu"), "Hướng dẫn học tập nghị quyết " + token, Secrecy.NONE);
        // arrival order puts the newest document on the last page of the preview
        int last = exports.preview(as("lanhdao"), incomingRegister(), OfficeDate.today(), OfficeDate.today(),
                PageRequest.of(0, 25)).rows().getTotalPages() - 1;
        mvc.perform(get("/documents/registers").with(user(as("lanhdao")))
                        .param("registerId", incomingRegister().toString()).param("page", String.valueOf(last))
                        .param("from", OfficeDate.today().toString()).param("to", OfficeDate.today().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xuất PDF")))
                .andExpect(content().string(containsString("Xuất Excel")))
                .andExpect(content().string(containsString(token)));
        mvc.perform(get("/documents/registers").with(user(as("vanthu")))
                        .param("from", OfficeDate.today().toString()).param("to", OfficeDate.today().minusDays(3).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày bắt đầu không được sau ngày kết thúc.")));
        mvc.perform(get("/documents/registers").with(user(as("chuyenvien")))).andExpect(status().isForbidden());
    }

    @Test
    void apiExportsPdfAndXlsxAndRejectsUnknownFormats() throws Exception {
        String url = "/api/v1/registers/" + incomingRegister() + "/export";
        mvc.perform(get(url).param("format", "xlsx").with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")))
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")));
        mvc.perform(get(url).param("format", "pdf").with(httpBasic("lanhdao", "demo123")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(get(url).param("format", "doc").with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("Định dạng xuất không hỗ trợ")));
        mvc.perform(get(url).with(httpBasic("chuyenvien", "demo123"))).andExpect(status().isForbidden());
    }

    private static int indexOf(List<List<String>> rows, String text) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).stream().anyMatch(c -> c != null && c.contains(text))) {
                return i;
            }
        }
        return -1;
    }

    private Document register(CurrentUser clerk, String summary, Secrecy secrecy) {
        return transactions.execute(s -> documents.registerIncoming(clerk, new IncomingDetails(incomingRegister(),
                (100 + (int) (Math.random() * 900)) + "-CV/" + token(), OfficeDate.today().minusDays(2), "BC", summary,
                null, "Đảng ủy phường Mường Thanh", "Lò Thị Hoa", "Bí thư", null, Urgency.NORMAL, secrecy, 4, 1, null,
                "Ghi chú thử"), List.of()));
    }

    private Long incomingRegister() {
        return registers.activeRegisters(as("vanthu").agencyId(), RegisterKind.INCOMING).get(0).id();
    }

    private CurrentUser as(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }

    static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
