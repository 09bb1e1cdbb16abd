package vn.eoffice.documents.casefiles;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.documents.Document;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.documents.IncomingDetails;
import vn.eoffice.documents.RegisterKind;
import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.documents.Urgency;
import vn.eoffice.documents.exports.ExportFormat;
import vn.eoffice.documents.exports.ExportReading;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.TestAccounts;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.Secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class CaseFileIntegrationTests {

    @Autowired UserDetailsService accounts;
    @Autowired CaseFileManagement files;
    @Autowired CaseFileIndexExport indexExport;
    @Autowired DocumentManagement documents;
    @Autowired RegisterManagement registers;
    @Autowired TransactionTemplate transactions;
    @Autowired TestAccounts testAccounts;

    @Test
    void codeIsUniqueWithinTheAgencyAndYear() {
        String code = "01." + token();
        files.create(as("vanthu"), form(2031, code, as("vanthu").id()));
        assertThatThrownBy(() -> files.create(as("truongban"), form(2031, code.toLowerCase(), as("vanthu").id())))
                .isInstanceOf(DomainException.class).hasMessage("caseFile.code.taken");
        assertThat(files.create(as("vanthu"), form(2032, code, as("vanthu").id())).getYear()).isEqualTo(2032);
    }

    @Test
    void closingNeedsADocumentAndAClosedFileRefusesDocuments() {
        var clerk = as("vanthu");
        var file = files.create(clerk, form(2033, "02." + token(), clerk.id()));
        assertThatThrownBy(() -> files.close(clerk, file.getId()))
                .isInstanceOf(DomainException.class).hasMessage("caseFile.close.empty");
        files.addDocument(clerk, file.getId(), register("Báo cáo sơ kết " + token(), Secrecy.NONE).getId());
        var closed = files.close(clerk, file.getId());
        assertThat(closed.getStatus()).isEqualTo(CaseFileStatus.CLOSED);
        assertThat(closed.getClosedBy()).isEqualTo(clerk.id());
        assertThat(closed.getClosedAt()).isNotNull();
        var another = register("Công văn đôn đốc " + token(), Secrecy.NONE);
        assertThatThrownBy(() -> files.addDocument(clerk, file.getId(), another.getId()))
                .isInstanceOf(DomainException.class).hasMessage("caseFile.closed");
    }

    @Test
    void onlyALeaderReopensAClosedFileAndMustSayWhy() {
        var clerk = as("vanthu");
        var file = files.create(clerk, form(2034, "03." + token(), clerk.id()));
        files.addDocument(clerk, file.getId(), register("Thông báo kết luận " + token(), Secrecy.NONE).getId());
        files.close(clerk, file.getId());
        assertThatThrownBy(() -> files.reopen(clerk, file.getId(), "Bổ sung văn bản"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> files.reopen(as("admin"), file.getId(), "Bổ sung văn bản"))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> files.reopen(as("lanhdao"), file.getId(), " "))
                .isInstanceOf(DomainException.class).hasMessage("caseFile.reopen.reasonRequired");
        assertThat(files.reopen(as("lanhdao"), file.getId(), "Bổ sung văn bản còn thiếu").getStatus())
                .isEqualTo(CaseFileStatus.OPEN);
    }

    @Test
    void aDocumentIsKeptInOneFilePerYear() {
        var clerk = as("vanthu");
        var document = register("Kế hoạch năm " + token(), Secrecy.NONE);
        var first = files.create(clerk, form(2035, "04." + token(), clerk.id()));
        var second = files.create(clerk, form(2035, "05." + token(), clerk.id()));
        var nextYear = files.create(clerk, form(2036, "06." + token(), clerk.id()));
        files.addDocument(clerk, first.getId(), document.getId());
        assertThatThrownBy(() -> files.addDocument(clerk, second.getId(), document.getId()))
                .isInstanceOf(DomainException.class).hasMessage("caseFile.document.alreadyFiled");
        files.addDocument(clerk, nextYear.getId(), document.getId());
        files.removeDocument(clerk, first.getId(), document.getId());
        files.addDocument(clerk, second.getId(), document.getId());
        assertThat(files.contents(clerk, second.getId()).documents()).extracting(Document::getId)
                .containsExactly(document.getId());
    }

    @Test
    void aSecretDocumentBeyondTheViewersClearanceLeavesNoTraceInTheFile() throws Exception {
        var clerk = as("vanthu");
        var head = as(testAccounts.create(Role.LEADER).getUsername());
        String token = token();
        var open = register("Văn bản công khai " + token, Secrecy.NONE);
        var secret = register("Văn bản mật " + token, Secrecy.MAT);
        var file = files.create(clerk, form(2037, "07." + token, head.id()));
        files.addDocument(clerk, file.getId(), open.getId());
        files.addDocument(clerk, file.getId(), secret.getId());
        var seen = files.contents(head, file.getId());
        assertThat(seen.documents()).extracting(Document::getId).containsExactly(open.getId());
        // issue 20: "1 văn bản bị ẩn" told an uncleared leader that a secret document exists
        assertThat(seen.hidden()).isZero();
        assertThat(files.contents(clerk, file.getId()).documents()).hasSize(2);
        assertThat(files.contents(clerk, file.getId()).hidden()).isZero();
        var text = ExportReading.pdf(indexExport.export(head, file.getId(), ExportFormat.PDF).content()).text();
        assertThat(text).contains("MỤC LỤC VĂN BẢN", "Tờ số", "Tác giả").contains(token).doesNotContain("Văn bản mật");
        assertThat(ExportReading.pdf(indexExport.export(clerk, file.getId(), ExportFormat.PDF).content()).text())
                .contains("mật");
    }

    @Test
    void indexExportsToXlsxInTheFilesOrder() throws Exception {
        var clerk = as("vanthu");
        var first = register("Nghị quyết chuyên đề " + token(), Secrecy.NONE);
        var second = register("Chương trình hành động " + token(), Secrecy.NONE);
        var file = files.create(clerk, form(2038, "08." + token(), clerk.id()));
        files.addDocument(clerk, file.getId(), second.getId());
        files.addDocument(clerk, file.getId(), first.getId());
        var rows = ExportReading.xlsx(indexExport.export(clerk, file.getId(), ExportFormat.XLSX).content());
        var header = rows.stream().filter(r -> r.contains("STT")).findFirst().orElseThrow();
        assertThat(header).containsExactly("STT", "Số, ký hiệu", "Ngày tháng", "Tên loại và trích yếu nội dung",
                "Tác giả", "Tờ số/ số trang", "Ghi chú");
        int at = rows.indexOf(header);
        assertThat(rows.get(at + 1)).contains(second.getNotation(), "1-4");
        assertThat(rows.get(at + 2)).contains(first.getNotation(), "5-8");
    }

    @Test
    void onlyClerksUnitHeadsAndLeadersCreateAndOfficersOutsideTheUnitDoNotSeeTheFile() {
        assertThatThrownBy(() -> files.create(as("chuyenvien"), form(2039, "09." + token(), as("chuyenvien").id())))
                .isInstanceOf(AccessDeniedException.class);
        var file = files.create(as("truongphong"), form(2039, "10." + token(), as("truongphong").id()));
        assertThat(files.list(as("chuyenvien"), 2039)).extracting(CaseFile::getId).contains(file.getId());
        assertThat(files.list(as("dinhthimai"), 2039)).extracting(CaseFile::getId).doesNotContain(file.getId());
        assertThatThrownBy(() -> files.create(as("phokhoagiao"), form(2039, "11." + token(), as("truongphong").id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    static CaseFileForm form(int year, String code, Long ownerId) {
        return new CaseFileForm(year, code, "Hồ sơ tuyên truyền kỷ niệm ngày thành lập tỉnh " + code, 10, ownerId,
                null, null);
    }

    private Document register(String summary, Secrecy secrecy) {
        var clerk = as("vanthu");
        Long registerId = registers.activeRegisters(clerk.agencyId(), RegisterKind.INCOMING).get(0).id();
        return transactions.execute(s -> documents.registerIncoming(clerk, new IncomingDetails(registerId,
                (100 + (int) (Math.random() * 900)) + "-CV/" + token(), OfficeDate.today().minusDays(2), "BC", summary,
                null, "Huyện ủy Tuần Giáo", "Lò Văn Mạnh", "Bí thư", null, Urgency.NORMAL, secrecy, 4, 1, null, null),
                List.of()));
    }

    private CurrentUser as(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }

    static String token() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }
}
