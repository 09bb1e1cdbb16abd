package vn.eoffice.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.files.FileStorage;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.Secrecy;
import vn.eoffice.signing.SignatureCheckResult;
import vn.eoffice.signing.SignatureVerification;

/**
 * The automatic signature check of a registered file keeps no publication record: a check lost in a crash is made at
 * the next start instead.
 */
@IntegrationTest
class IncomingSignatureCatchUpIntegrationTests {

    @Autowired DocumentManagement documents;
    @Autowired RegisterManagement registers;
    @Autowired FileStorage storage;
    @Autowired SignatureVerification verification;
    @Autowired IncomingSignatureCheck signatureCheck;
    @Autowired UserDetailsService accounts;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aFileRegisteredWithoutACheckIsCheckedAtTheNextStart() throws Exception {
        var clerk = (CurrentUser) accounts.loadUserByUsername("vanthu");
        var file = storage.store("cong-van.pdf", new ByteArrayInputStream(pdf()), clerk.id());
        transactions.executeWithoutResult(status -> documents.registerIncoming(clerk, details(clerk),
                List.of(new AttachedFile(file.id(), file.name()))));
        awaitCheck(file.id());
        assertThat(jdbc.queryForObject("select count(*) from event_publication where listener_id like ?", Long.class,
                IncomingSignatureCheck.class.getName() + "%")).isZero();

        // as if the application had stopped between the registration's commit and its check
        jdbc.update("delete from signature_check_item where check_id in (select id from signature_check"
                + " where file_id = ?)", file.id());
        jdbc.update("delete from signature_check where file_id = ?", file.id());
        assertThat(verification.latest(file.id())).isEmpty();

        assertThat(signatureCheck.catchUp()).isPositive();
        assertThat(verification.latest(file.id())).isPresent();
        assertThat(signatureCheck.catchUp()).as("nothing is left unchecked").isZero();
    }

    @Test
    void aRolledBackRegistrationIsNotChecked() throws Exception {
        var clerk = (CurrentUser) accounts.loadUserByUsername("vanthu");
        var file = storage.store("cong-van-huy.pdf", new ByteArrayInputStream(pdf()), clerk.id());
        transactions.executeWithoutResult(status -> {
            documents.registerIncoming(clerk, details(clerk), List.of(new AttachedFile(file.id(), file.name())));
            status.setRollbackOnly();
        });
        // a registration committed after the rolled-back one is checked; by then the first would have been too
        var later = storage.store("cong-van-sau.pdf", new ByteArrayInputStream(pdf()), clerk.id());
        transactions.executeWithoutResult(status -> documents.registerIncoming(clerk, details(clerk),
                List.of(new AttachedFile(later.id(), later.name()))));
        awaitCheck(later.id());
        assertThat(verification.latest(file.id())).isEmpty();
    }

    private IncomingDetails details(CurrentUser clerk) {
        return new IncomingDetails(registers.activeRegisters(clerk.agencyId(), RegisterKind.INCOMING).get(0).id(),
                "21-CV/" + UUID.randomUUID().toString().substring(0, 6), OfficeDate.today(), "CV",
                "Văn bản đến kiểm tra chữ ký", null, "Tỉnh ủy Điện Biên", null, null, null, Urgency.NORMAL, Secrecy.NONE, 1,
                1, null, null);
    }

    /** A PDF of its own (unique bytes): the store keeps one copy of identical files. */
    private static byte[] pdf() throws IOException {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.getDocumentInformation().setTitle(UUID.randomUUID().toString());
            document.save(out);
            return out.toByteArray();
        }
    }

    private SignatureCheckResult awaitCheck(Long fileId) throws InterruptedException {
        Optional<SignatureCheckResult> check = Optional.empty();
        for (int i = 0; i < 100 && check.isEmpty(); i++) {
            check = verification.latest(fileId);
            if (check.isEmpty()) {
                Thread.sleep(100);
            }
        }
        return check.orElseThrow(() -> new AssertionError("no signature check stored for file " + fileId));
    }
}
