package vn.eoffice.documents.outgoing;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.documents.DocumentStatus;
import vn.eoffice.platform.SigningAuthority;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.Secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 20: an officer could put himself in his own circuit, approve, "sign" and have the clerk release his document
 * with a lawful number and the agency's seal. A drafter never reviews, approves or signs his own draft; only a
 * leader, or a person the agency gave signing authority, signs; release checks the whole chain again.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SeparationOfDutiesIntegrationTests extends OutgoingFixtures {

    @Autowired UserManagement users;
    @Autowired MockMvc mvc;

    @Test
    void theDrafterIsNeverAReviewerOrTheSignerOfHisOwnDraft() {
        var officer = as("chuyenvien");
        var document = drafts.draft(officer, draft(Secrecy.NONE, List.of(), List.of()), pdf("a.pdf", officer),
                List.of());
        assertThatThrownBy(() -> circuit.submit(officer, document.getId(),
                List.of(new CircuitStep(1, ReviewStep.Kind.APPROVAL, officer.id()))))
                .isInstanceOf(DomainException.class).hasMessage("outgoing.circuit.drafterReviews");
        assertThatThrownBy(() -> circuit.submit(officer, document.getId(), List.of(
                new CircuitStep(1, ReviewStep.Kind.CONTENT, officer.id()),
                new CircuitStep(2, ReviewStep.Kind.APPROVAL, as("lanhdao").id()))))
                .isInstanceOf(DomainException.class).hasMessage("outgoing.circuit.drafterReviews");
        // signing authority is no exception: its holder signs others' drafts, not his own
        var unitHead = as("truongphong");
        users.authoriseSigning(unitHead.id(), SigningAuthority.TL);
        try {
            var signer = as("truongphong");
            var own = drafts.draft(signer, draft(Secrecy.NONE, List.of(), List.of()), pdf("b.pdf", signer),
                    List.of());
            assertThatThrownBy(() -> circuit.submit(signer, own.getId(),
                    List.of(new CircuitStep(1, ReviewStep.Kind.APPROVAL, signer.id()))))
                    .isInstanceOf(DomainException.class).hasMessage("outgoing.circuit.drafterReviews");
        } finally {
            users.authoriseSigning(unitHead.id(), null);
        }
        assertThat(drafts.outgoing(officer, document.getId()).getStatus()).isEqualTo(DocumentStatus.DRAFT);
    }

    @Test
    void onlyALeaderOrAPersonGivenSigningAuthoritySigns() {
        var officer = as("chuyenvien");
        var unitHead = as("truongphong");
        var document = drafts.draft(officer, draft(Secrecy.NONE, List.of(), List.of()), pdf("c.pdf", officer),
                List.of());
        var byUnitHead = List.of(new CircuitStep(1, ReviewStep.Kind.APPROVAL, unitHead.id()));
        assertThatThrownBy(() -> circuit.submit(officer, document.getId(), byUnitHead))
                .isInstanceOf(DomainException.class).hasMessage("outgoing.circuit.signerWithoutAuthority")
                .satisfies(e -> assertThat(((DomainException) e).arguments()).contains(unitHead.fullName()));
        users.authoriseSigning(unitHead.id(), SigningAuthority.TL);
        try {
            circuit.submit(officer, document.getId(), byUnitHead);
            circuit.decide(as("truongphong"), document.getId(), true, null);
            release.sign(as("truongphong"), document.getId());
            var released = release.release(as("vanthu"), document.getId(), register(false).id());
            assertThat(released.getNotation()).endsWith("-CV/BTGDVTU");
            assertThat(released.getSignerName()).isEqualTo(unitHead.fullName());

            // authority taken back between signing and release: the clerk cannot release, no number is used
            var second = drafts.draft(officer, draft(Secrecy.NONE, List.of(), List.of()), pdf("d.pdf", officer),
                    List.of());
            circuit.submit(officer, second.getId(), byUnitHead);
            circuit.decide(as("truongphong"), second.getId(), true, null);
            release.sign(as("truongphong"), second.getId());
            users.authoriseSigning(unitHead.id(), null);
            String next = registers.preview(register(false).id(), "CV", OfficeDate.today());
            assertThatThrownBy(() -> release.release(as("vanthu"), second.getId(), register(false).id()))
                    .isInstanceOf(DomainException.class).hasMessage("outgoing.release.chainBroken");
            assertThat(registers.preview(register(false).id(), "CV", OfficeDate.today())).isEqualTo(next);
            assertThat(drafts.outgoing(officer, second.getId()).getStatus()).isEqualTo(DocumentStatus.SIGNED);
        } finally {
            users.authoriseSigning(unitHead.id(), null);
        }
    }

    @Test
    void onlyAnAdministratorGivesSigningAuthorityByPageOrApi() throws Exception {
        var unitHead = as("truongphong");
        mvc.perform(put("/api/v1/users/" + unitHead.id() + "/signing-authority").with(user(as("lanhdao")))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"signingAuthority\":\"KT\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/signers/" + unitHead.id()).with(csrf()).with(user(as("lanhdao")))
                        .param("authority", "KT"))
                .andExpect(status().isForbidden());
        assertThat(as("truongphong").signingAuthority()).isNull();
        try {
            mvc.perform(put("/api/v1/users/" + unitHead.id() + "/signing-authority").with(user(as("admin")))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"signingAuthority\":\"KT\"}"))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.signingAuthority").value("KT"));
            assertThat(as("truongphong").signingAuthority()).isEqualTo(SigningAuthority.KT);
            mvc.perform(post("/admin/signers/" + unitHead.id()).with(csrf()).with(user(as("admin")))
                            .param("authority", ""))
                    .andExpect(status().is3xxRedirection());
            assertThat(as("truongphong").signingAuthority()).isNull();
        } finally {
            users.authoriseSigning(unitHead.id(), null);
        }
    }
}
