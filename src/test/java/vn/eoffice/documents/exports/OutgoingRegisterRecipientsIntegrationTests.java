package vn.eoffice.documents.exports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.documents.AttachedFile;
import vn.eoffice.documents.Direction;
import vn.eoffice.documents.Document;
import vn.eoffice.documents.RegisterKind;
import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.documents.Urgency;
import vn.eoffice.documents.outgoing.CircuitStep;
import vn.eoffice.documents.outgoing.OutgoingDraft;
import vn.eoffice.documents.outgoing.OutgoingManagement;
import vn.eoffice.documents.outgoing.OutgoingRelease;
import vn.eoffice.documents.outgoing.ReviewCircuit;
import vn.eoffice.documents.outgoing.ReviewStep;
import vn.eoffice.files.FileStorage;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.Secrecy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outgoing register prints every recipient under "Nơi nhận" (Decree 30): units and people of the agency, the
 * agencies hosted here and those of the address book, and e-mail addresses, in the order the drafter listed them.
 */
@IntegrationTest
class OutgoingRegisterRecipientsIntegrationTests {

    @Autowired UserDetailsService accounts;
    @Autowired OrganizationDirectory organization;
    @Autowired OutgoingManagement drafts;
    @Autowired ReviewCircuit circuit;
    @Autowired OutgoingRelease release;
    @Autowired RegisterManagement registers;
    @Autowired RegisterExport exports;
    @Autowired FileStorage storage;

    private static final List<String> RECIPIENTS = List.of("Phòng Khoa giáo, Văn hóa – Văn nghệ", "Đinh Thị Mai",
            "Đảng ủy xã Quài Tở", "Ủy ban nhân dân tỉnh Điện Biên", "vanphong.tinhuy@example.vn");

    @Test
    void everyRecipientIsPrintedUnderNoiNhanInTheSpreadsheetThePdfAndTheScreen() throws Exception {
        String token = RegisterExportIntegrationTests.token();
        var released = releasedTo("Thông báo kết luận giao ban " + token);
        Long register = released.getRegisterId();

        var rows = ExportReading.xlsx(exports.export(as("vanthu"), register, OfficeDate.today(), OfficeDate.today(),
                ExportFormat.XLSX).content());
        var header = rows.stream().filter(r -> r.contains("Nơi nhận văn bản")).findFirst().orElseThrow();
        var row = rows.stream().filter(r -> r.stream().anyMatch(c -> c != null && c.contains(token))).findFirst()
                .orElseThrow();
        assertThat(row.get(header.indexOf("Nơi nhận văn bản"))).isEqualTo(String.join("; ", RECIPIENTS));

        // the PDF wraps the cell over several lines: look for single words of the agency and e-mail recipients
        String pdf = ExportReading.pdf(exports.export(as("vanthu"), register, OfficeDate.today(), OfficeDate.today(),
                ExportFormat.PDF).content()).text();
        assertThat(pdf).contains(token, "Quài", "vanphong");

        var preview = exports.preview(as("lanhdao"), register, OfficeDate.today(), OfficeDate.today(),
                PageRequest.of(0, 10_000));
        assertThat(preview.rows().getContent()).filteredOn(line -> line.stream().anyMatch(c -> c.contains(token)))
                .singleElement().satisfies(line -> assertThat(line.get(4)).contains(RECIPIENTS));
    }

    private Document releasedTo(String summary) throws Exception {
        var officer = as("chuyenvien");
        var leader = as("lanhdao");
        var clerk = as("vanthu");
        Long culture = organization.units(clerk.agencyId(), OfficeDate.today()).stream()
                .filter(u -> u.abbreviation().equals("KGVH")).findFirst().orElseThrow().id();
        var stored = storage.store("thong-bao.pdf", new ByteArrayInputStream(pdf()), officer.id());
        var draft = drafts.draft(officer, new OutgoingDraft(Direction.OUTGOING, "TB", summary, Urgency.NORMAL,
                Secrecy.NONE, null, List.of(culture), List.of(as("dinhthimai").id()),
                List.of(agency("000.22.17.H17"), agency("000.00.00.H18")), "vanphong.tinhuy@example.vn"),
                new AttachedFile(stored.id(), stored.name()), List.of());
        circuit.submit(officer, draft.getId(), List.of(new CircuitStep(1, ReviewStep.Kind.APPROVAL, leader.id())));
        circuit.decide(leader, draft.getId(), true, null);
        release.sign(leader, draft.getId());
        var register = registers.activeRegisters(clerk.agencyId(), RegisterKind.OUTGOING).stream()
                .filter(r -> !r.secretOnly() && r.name().startsWith("Sổ văn bản")).findFirst().orElseThrow();
        return release.release(clerk, draft.getId(), register.id());
    }

    private Long agency(String identifierCode) {
        return organization.agencyByIdentifierCode(identifierCode).orElseThrow().id();
    }

    private static byte[] pdf() throws Exception {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    private CurrentUser as(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }
}
