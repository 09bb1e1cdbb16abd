package vn.eoffice.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.documents.outgoing.CircuitStep;
import vn.eoffice.documents.outgoing.OutgoingDraft;
import vn.eoffice.documents.outgoing.OutgoingManagement;
import vn.eoffice.documents.outgoing.OutgoingRelease;
import vn.eoffice.documents.outgoing.ReviewCircuit;
import vn.eoffice.documents.outgoing.ReviewStep;
import vn.eoffice.files.FileStorage;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserDetailsForm;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.organization.AgencyDetails;
import vn.eoffice.organization.AgencyKind;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.organization.OrganizationManagement;
import vn.eoffice.organization.UnitDetails;
import vn.eoffice.platform.Secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A Party register numbers per committee term (66-QĐ/TW): without a current term the administrator is warned on the
 * registers page and a release is refused with a Vietnamese 4xx, never a 500; once the term is added both clear.
 */
@IntegrationTest
@AutoConfigureMockMvc
class PartyTermRegisterIntegrationTests {

    private static final String WARNING = "đánh số theo nhiệm kỳ nhưng cơ quan chưa có nhiệm kỳ hiện hành";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired UserManagement users;
    @Autowired OrganizationManagement organizations;
    @Autowired OrganizationDirectory directory;
    @Autowired RegisterManagement registers;
    @Autowired OutgoingManagement drafts;
    @Autowired ReviewCircuit circuit;
    @Autowired OutgoingRelease release;
    @Autowired FileStorage storage;

    @Test
    void theDemoCommuneCommitteesHaveTheirTermAndNoWarning() throws Exception {
        Long commune = directory.agencyByIdentifierCode("000.21.17.H17").orElseThrow().id();
        var outgoing = registers.activeRegisters(commune, RegisterKind.OUTGOING).stream()
                .filter(r -> !r.secretOnly()).findFirst().orElseThrow();
        assertThat(registers.get(outgoing.id()).getPolicy().reset()).isEqualTo(NumberingPolicy.Reset.PER_TERM);
        mvc.perform(get("/admin/registers").param("agencyId", commune.toString()).with(user(as("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(WARNING))))
                .andExpect(content().string(containsString("-CV/ĐU")));
    }

    @Test
    void withoutATermTheAdministratorIsWarnedAndTheReleaseIsRefusedUntilOneIsAdded() throws Exception {
        String code = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var agency = organizations.createAgency(new AgencyDetails("Đảng ủy xã Thử " + code, null, "ĐU" + code, null,
                AgencyKind.PARTY_COMMITTEE, null, null, null, null, null, LocalDate.of(2025, 7, 1), null), true);
        var office = organizations.createUnit(agency.getId(), new UnitDetails(null, "Văn phòng Đảng ủy", "VP", 1,
                LocalDate.of(2025, 7, 1), null));
        var officer = person(agency.getId(), office.getId(), Role.OFFICER);
        var secretary = person(agency.getId(), null, Role.LEADER);
        var clerk = person(agency.getId(), office.getId(), Role.CLERK);
        var register = registers.create(new Register(agency.getId(), RegisterKind.OUTGOING, "Sổ văn bản đi", true,
                NumberingPolicy.party(), false));

        mvc.perform(get("/admin/registers").param("agencyId", agency.getId().toString()).with(user(as("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sổ &quot;Sổ văn bản đi&quot; " + WARNING)))
                .andExpect(content().string(containsString("/admin/agencies/" + agency.getId() + "/terms/new")));

        Long id = signed(officer, secretary);
        mvc.perform(post("/api/v1/documents/{id}/release", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"registerId\":" + register.getId() + "}").with(user(clerk)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("Chưa khai báo nhiệm kỳ của cấp ủy")));
        assertThat(drafts.outgoing(clerk, id).getStatus()).isEqualTo(DocumentStatus.SIGNED);

        organizations.addTerm(agency.getId(), "2025–2030", LocalDate.of(2025, 7, 1), null);
        mvc.perform(get("/admin/registers").param("agencyId", agency.getId().toString()).with(user(as("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(WARNING))));
        mvc.perform(post("/api/v1/documents/{id}/release", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"registerId\":" + register.getId() + "}").with(user(clerk)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notation").value("01-CV/ĐU" + code));
    }

    private Long signed(CurrentUser officer, CurrentUser secretary) throws Exception {
        var stored = storage.store("cong-van.pdf", new ByteArrayInputStream(pdf()), officer.id());
        var draft = drafts.draft(officer, new OutgoingDraft(Direction.OUTGOING, "CV", "Về việc thử nhiệm kỳ",
                Urgency.NORMAL, Secrecy.NONE, null, List.of(), List.of(), List.of(), null),
                new AttachedFile(stored.id(), stored.name()), List.of());
        circuit.submit(officer, draft.getId(), List.of(new CircuitStep(1, ReviewStep.Kind.APPROVAL,
                secretary.id())));
        circuit.decide(secretary, draft.getId(), true, null);
        release.sign(secretary, draft.getId());
        return draft.getId();
    }

    private CurrentUser person(Long agencyId, Long unitId, Role role) {
        String username = "xa" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new UserDetailsForm(username, "Người thử " + username, "Cán bộ", null, null, agencyId, unitId,
                EnumSet.of(role), Secrecy.NONE, true), "Secret123x");
        return as(username);
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
