package vn.eoffice.documents.outgoing;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.documents.exports.ExportFormat;
import vn.eoffice.documents.exports.ExportReading;
import vn.eoffice.documents.exports.RegisterExport;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.Secrecy;
import vn.eoffice.platform.SigningAuthority;
import vn.eoffice.platform.SigningCapacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Thẩm quyền ký on an outgoing document (issue 19): suggested by the signer's position, chosen beside the signer,
 * corrected by the reviewer whose turn it is or the signer, frozen at signature, and listed in the outgoing register.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SigningAuthorityIntegrationTests extends OutgoingFixtures {

    @Autowired MockMvc mvc;
    @Autowired SigningCapacities capacities;
    @Autowired DocumentManagement documents;
    @Autowired RegisterExport exports;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theSignersPositionSuggestsTheAuthority() {
        assertThat(capacities.suggestedFor(as("lanhdao").id()).text()).isEqualTo("K/T TRƯỞNG BAN");
        assertThat(capacities.suggestedFor(as("truongban").id())).isEqualTo(SigningCapacity.NONE);
        assertThat(capacities.suggestedFor(as("truongphong").id()).text()).isEqualTo("T/L TRƯỞNG BAN");
        assertThat(capacities.suggestedFor(as("chuyenvien").id())).isEqualTo(SigningCapacity.NONE);
    }

    @Test
    void aDeputyWhoSignsWithoutAChoiceSignsForTheHeadAndTheRegisterSaysSo() throws Exception {
        var signed = signed(Secrecy.NONE);

        var document = documents.visible(as("lanhdao"), signed.getId());
        assertThat(document.getSigningCapacity().text()).isEqualTo("K/T TRƯỞNG BAN");
        assertThat(document.getSignerPosition()).isEqualTo("Phó Trưởng ban Thường trực");
        assertThat(jdbc.queryForObject("select details from audit_entry where action = 'DOCUMENT_SIGNED'"
                + " and object_id = ?", String.class, signed.getId().toString())).contains("K/T TRƯỞNG BAN");

        var released = release.release(as("vanthu"), signed.getId(), register(false).id());
        var rows = ExportReading.xlsx(exports.export(as("vanthu"), register(false).id(), null, null,
                ExportFormat.XLSX).content());
        var row = rows.stream().filter(r -> r.contains(released.getNotation())).findFirst().orElseThrow();
        assertThat(row).contains("K/T TRƯỞNG BAN – Lò Văn Thắng");
    }

    @Test
    void theDrafterChoosesBesideTheSignerAndReviewersAndTheSignerCorrectItUntilSigned() throws Exception {
        var officer = as("chuyenvien");
        var head = as("truongphong");
        var leader = as("lanhdao");
        var document = drafts.draft(officer, draft(Secrecy.NONE, List.of(unit("KGVH")), List.of()),
                pdf("duthao.pdf", officer), List.of());
        String page = "/documents/outgoing/" + document.getId();
        capacities.choose(officer, document.getId(), SigningAuthority.TM, "Ban Thường vụ");
        mvc.perform(get(page).with(user(officer)))
                .andExpect(content().string(containsString("T/M BAN THƯỜNG VỤ")))
                .andExpect(content().string(containsString("value=\"BAN THƯỜNG VỤ\"")))
                .andExpect(content().string(matchesPattern("(?s).*<option value=\"TM\"\\s+selected=\"selected\".*")));

        mvc.perform(post(page + "/circuit").with(csrf()).with(user(officer))
                        .param("order", "1", "2").param("kind", "CONTENT", "APPROVAL")
                        .param("reviewerId", head.id().toString(), leader.id().toString())
                        .param("signingAuthority", "TM").param("signingFor", ""))
                .andExpect(flash().attribute("actionError", "signingAuthority.lineRequired"));
        assertThat(documents.visible(officer, document.getId()).getStatus().name()).isEqualTo("DRAFT");

        mvc.perform(post(page + "/circuit").with(csrf()).with(user(officer))
                        .param("order", "1", "2").param("kind", "CONTENT", "APPROVAL")
                        .param("reviewerId", head.id().toString(), leader.id().toString())
                        .param("signingAuthority", "TM").param("signingFor", "ban thường vụ"))
                .andExpect(flash().attribute("flash", "outgoing.submitted"));
        assertThat(capacity(document.getId())).isEqualTo("T/M BAN THƯỜNG VỤ");
        mvc.perform(get(page).with(user(officer)))
                .andExpect(content().string(containsString("T/M BAN THƯỜNG VỤ")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Lưu thẩm quyền ký"))));
        mvc.perform(get(page).with(user(head)))
                .andExpect(content().string(containsString("Lưu thẩm quyền ký")));

        // in review: the drafter no longer chooses, the reviewer whose turn it is does
        assertThatThrownBy(() -> capacities.choose(officer, document.getId(), SigningAuthority.KT, "TRƯỞNG BAN"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> capacities.choose(leader, document.getId(), SigningAuthority.KT, "TRƯỞNG BAN"))
                .isInstanceOf(AccessDeniedException.class);
        mvc.perform(post(page + "/signing-authority").with(csrf()).with(user(head))
                        .param("signingAuthority", "KT").param("signingFor", "Trưởng ban"))
                .andExpect(flash().attribute("flash", "outgoing.authority.saved"));
        assertThat(capacity(document.getId())).isEqualTo("K/T TRƯỞNG BAN");
        circuit.decide(head, document.getId(), true, null);
        circuit.decide(leader, document.getId(), true, null);

        // approved: the signer has the last word, through the API
        mvc.perform(put("/api/v1/documents/" + document.getId() + "/signing-authority")
                        .with(httpBasic("lanhdao", "demo123")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"signingAuthority\":\"Q\",\"signingFor\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("cần ghi tập thể hoặc chức vụ")));
        mvc.perform(put("/api/v1/documents/" + document.getId() + "/signing-authority")
                        .with(httpBasic("lanhdao", "demo123")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"signingAuthority\":\"TM\",\"signingFor\":\"Ban Thường vụ\"}"))
                .andExpect(status().isNoContent());
        release.sign(leader, document.getId());

        mvc.perform(get("/api/v1/documents/" + document.getId()).with(httpBasic("lanhdao", "demo123")))
                .andExpect(jsonPath("$.signingAuthority").value("TM"))
                .andExpect(jsonPath("$.signingFor").value("BAN THƯỜNG VỤ"))
                .andExpect(jsonPath("$.signingCapacity").value("T/M BAN THƯỜNG VỤ"));
        assertThatThrownBy(() -> capacities.choose(leader, document.getId(), SigningAuthority.KT, "TRƯỞNG BAN"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.visible(leader, document.getId())
                .chooseSigningCapacity(SigningCapacity.NONE))
                .isInstanceOf(DomainException.class).hasMessage("outgoing.authority.frozen");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = "
                + "'DOCUMENT_SIGNING_AUTHORITY_CHOSEN' and object_id = ?", Long.class, document.getId().toString()))
                .isEqualTo(3);
    }

    @Test
    void choosingNoAuthorityHasTheHeadSignInTheirOwnName() {
        var officer = as("chuyenvien");
        var document = drafts.draft(officer, draft(Secrecy.NONE, List.of(unit("KGVH")), List.of()),
                pdf("duthao.pdf", officer), List.of());
        circuit.submit(officer, document.getId(),
                List.of(new CircuitStep(1, ReviewStep.Kind.APPROVAL, as("lanhdao").id())),
                new SigningChoice(SigningAuthority.NONE, "TRƯỞNG BAN"));
        circuit.decide(as("lanhdao"), document.getId(), true, null);
        release.sign(as("lanhdao"), document.getId());

        var signed = documents.visible(officer, document.getId());
        assertThat(signed.getSigningCapacity()).isEqualTo(SigningCapacity.NONE);
        assertThat(signed.getSigningCapacity().text()).isNull();
    }

    private String capacity(Long documentId) {
        var capacity = documents.visible(as("chuyenvien"), documentId).getSigningCapacity();
        return capacity == null ? null : capacity.text();
    }
}
