package vn.eoffice.documents.outgoing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.beans.factory.annotation.Autowired;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.documents.Document;
import vn.eoffice.documents.DocumentStatus;
import vn.eoffice.documents.NumberingPolicy;
import vn.eoffice.documents.Register;
import vn.eoffice.documents.RegisterKind;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;
import vn.eoffice.platform.Secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class OutgoingRulesIntegrationTests extends OutgoingFixtures {

    @Autowired TransactionTemplate transactions;

    @Test
    void onlyTheReviewerWhoseTurnItIsDecides() {
        var officer = as("chuyenvien");
        var document = drafts.draft(officer, draft(Secrecy.NONE, List.of(), List.of()), pdf("a.pdf", officer),
                List.of());
        circuit.submit(officer, document.getId(), List.of(
                new CircuitStep(1, ReviewStep.Kind.CONTENT, as("truongphong").id()),
                new CircuitStep(2, ReviewStep.Kind.APPROVAL, as("lanhdao").id())));
        assertThatThrownBy(() -> circuit.decide(as("chuyenvien2"), document.getId(), true, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> circuit.decide(as("giangalu"), document.getId(), true, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> circuit.decide(as("lanhdao"), document.getId(), true, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> circuit.decide(as("truongphong"), document.getId(), false, " "))
                .isInstanceOf(DomainException.class).hasMessageContaining("commentRequired");
        assertThat(drafts.outgoing(officer, document.getId()).getStatus()).isEqualTo(DocumentStatus.IN_REVIEW);
    }

    @Test
    void circuitNeedsAVersionAndOneFinalApproval() {
        var officer = as("chuyenvien");
        var document = drafts.draft(officer, draft(Secrecy.NONE, List.of(), List.of()), null, List.of());
        var approval = List.of(new CircuitStep(1, ReviewStep.Kind.APPROVAL, as("lanhdao").id()));
        assertThatThrownBy(() -> circuit.submit(officer, document.getId(), approval))
                .isInstanceOf(DomainException.class).hasMessageContaining("version.required");
        drafts.upload(officer, document.getId(), () -> pdf("v1.pdf", officer), null);
        assertThatThrownBy(() -> circuit.submit(officer, document.getId(), List.of(
                new CircuitStep(2, ReviewStep.Kind.CONTENT, as("truongphong").id()),
                new CircuitStep(2, ReviewStep.Kind.APPROVAL, as("lanhdao").id()))))
                .isInstanceOf(DomainException.class).hasMessageContaining("approvalLast");
        assertThatThrownBy(() -> circuit.submit(as("chuyenvien2"), document.getId(), approval))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void releasingAnUnsignedDocumentIsRefused() {
        var officer = as("chuyenvien");
        var document = drafts.draft(officer, draft(Secrecy.NONE, List.of(), List.of()), pdf("a.pdf", officer),
                List.of());
        circuit.submit(officer, document.getId(),
                List.of(new CircuitStep(1, ReviewStep.Kind.APPROVAL, as("lanhdao").id())));
        circuit.decide(as("lanhdao"), document.getId(), true, null);
        Long register = register(false).id();
        assertThatThrownBy(() -> release.release(as("vanthu"), document.getId(), register))
                .isInstanceOf(DomainException.class).hasMessage("outgoing.release.notSigned");
        assertThatThrownBy(() -> release.sign(as("truongban"), document.getId()))
                .isInstanceOf(AccessDeniedException.class);
        release.sign(as("lanhdao"), document.getId());
        assertThatThrownBy(() -> release.release(officer, document.getId(), register))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(drafts.outgoing(officer, document.getId()).getNotation()).isNull();
    }

    @Test
    void secretDocumentNeedsTheSecretRegister() {
        var document = signed(Secrecy.MAT);
        var clerk = as("vanthu");
        assertThatThrownBy(() -> release.release(clerk, document.getId(), register(false).id()))
                .isInstanceOf(DomainException.class).hasMessage("register.secretNeedsSecretRegister");
        var released = release.release(clerk, document.getId(), register(true).id());
        assertThat(released.getNotation()).contains("/BTGDVTU");
        assertThatThrownBy(() -> drafts.outgoing(as("dinhthimai"), document.getId()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void normalAndSecretReleasesContinueOneSeriesOfTheirType() {
        var clerk = as("vanthu");
        var first = release.release(clerk, signed(Secrecy.NONE).getId(), register(false).id());
        var secret = release.release(clerk, signed(Secrecy.MAT).getId(), register(true).id());
        var next = release.release(clerk, signed(Secrecy.NONE).getId(), register(false).id());
        // the tester's sequence gave 03-CV, 01-CV (issued before) and 04-CV: now one series, no number twice
        assertThat(secret.getRegisterNumber()).isEqualTo(first.getRegisterNumber() + 1);
        assertThat(next.getRegisterNumber()).isEqualTo(first.getRegisterNumber() + 2);
        assertThat(java.util.List.of(first.getNotation(), secret.getNotation(), next.getNotation()))
                .doesNotHaveDuplicates().allMatch(n -> n.endsWith("-CV/BTGDVTU"));
    }

    @Test
    void twoSimultaneousReleasesIssueExactlyOneNumber() throws Exception {
        var document = signed(Secrecy.NONE);
        var clerk = as("vanthu");
        var register = transactions.execute(s -> registers.create(new Register(clerk.agencyId(),
                RegisterKind.OUTGOING, "Sổ thử phát hành " + UUID.randomUUID(), true, NumberingPolicy.party(),
                false)));
        // the new register shares the agency's series of công văn: the release takes that series' next number
        String expected = registers.preview(register.getId(), "CV", OfficeDate.today());
        long ordinal = Long.parseLong(expected.substring(0, expected.indexOf('-')));
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var attempts = new ArrayList<Future<Document>>();
            for (int i = 0; i < 2; i++) {
                Callable<Document> attempt = () -> {
                    SecurityContextHolder.getContext().setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(clerk, null, clerk.getAuthorities()));
                    start.await();
                    return release.release(clerk, document.getId(), register.getId());
                };
                attempts.add(pool.submit(attempt));
            }
            start.countDown();
            var notations = new ArrayList<String>();
            var refusals = new ArrayList<String>();
            for (var attempt : attempts) {
                try {
                    notations.add(attempt.get().getNotation());
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(DomainException.class);
                    refusals.add(e.getCause().getMessage());
                }
            }
            assertThat(notations).containsExactly(expected);
            assertThat(refusals).hasSize(1).first().isIn("error.conflict", "outgoing.release.notSigned");
        } finally {
            pool.shutdownNow();
        }
        assertThat(registers.preview(register.getId(), "CV", OfficeDate.today()))
                .matches("0?" + (ordinal + 1) + "-CV/BTGDVTU");
        assertThat(drafts.outgoing(clerk, document.getId()).getRegisterNumber()).isEqualTo(ordinal);
    }

}
