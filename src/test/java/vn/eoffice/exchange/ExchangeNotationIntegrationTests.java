package vn.eoffice.exchange;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.eoffice.IntegrationTest;
import vn.eoffice.documents.Document;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.exchange.edxml.EdxmlDocument;
import vn.eoffice.exchange.edxml.PackageCodec;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.SigningAuthority;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19 across the exchange: a State number with its year arrives and is registered as issued, and the signing
 * authority of a released document travels as SignerInfo/Competence and is read back by the receiving agency.
 */
@IntegrationTest
class ExchangeNotationIntegrationTests {

    static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired ApplicationContext context;
    @Autowired Receiver receiver;
    @Autowired ExchangeInbox inbox;
    @Autowired InboxEntries inboxEntries;
    @Autowired ExchangeGateway gateway;
    @Autowired PackageAssembler assembler;
    @Autowired AgencyKeys keys;
    @Autowired DocumentManagement documents;
    @Autowired UserDetailsService accounts;

    @Test
    void aStateNumberWithItsYearIsPrefilledAndRegisteredAsIssued() {
        String body = "UB" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var fixture = ExchangeFixtures.document(DemoExchange.SISTER, DemoExchange.COMMISSION,
                "Quyết định ban hành quy chế " + body, null);
        String key = fixture.from().organId() + "," + fixture.promulgationDate().toString().replace('-', '/')
                + ",12/2025/QĐ-" + body;
        var doc = new EdxmlDocument(fixture.from(), fixture.to(), key, "12", "2025/QĐ-" + body, fixture.place(),
                fixture.promulgationDate(), fixture.type(), "QĐ", "Quyết định", fixture.subject(), null,
                new EdxmlDocument.SignerInfo("KT. Chủ tịch", "Phó Chủ tịch", "Lò Văn Mừng"), fixture.dueDate(),
                List.of(), fixture.otherInfo(), List.of(), null,
                List.of(new EdxmlDocument.TraceHeader(fixture.from().organId(), Instant.now())), fixture.business(),
                List.of());

        assertThat(receiver.receive(new PackageCodec(10_000_000).write(doc, keys.signingKey())).isArrived()).isTrue();
        var entry = inboxEntries.findBySenderOrganIdAndDocumentKey(DemoExchange.SISTER, doc.documentId()).get(0);
        assertThat(entry.getNotation()).isEqualTo("12/2025/QĐ-" + body);
        assertThat(entry.getSignerCompetence()).isEqualTo("KT. Chủ tịch");

        var clerk = as("vanthu");
        var details = inbox.prefill(clerk, entry.getId());
        assertThat(details.notation()).isEqualTo("12/2025/QĐ-" + body);
        assertThat(details.signerCompetence()).isEqualTo("K/T CHỦ TỊCH");
        var registered = documents.visible(clerk, inbox.accept(clerk, entry.getId(), details));

        assertThat(registered.getNotation()).isEqualTo("12/2025/QĐ-" + body);
        assertThat(registered.getSigningCapacity().authority()).isEqualTo(SigningAuthority.KT);
        assertThat(registered.getSigningCapacity().line()).isEqualTo("CHỦ TỊCH");
    }

    @Test
    void theSigningAuthorityGoesOutAsCompetenceAndIsReadBackOnReceipt() {
        var sisterClerk = SisterClerk.of(context);
        Document sent = Releases.release(context, "chuyenvien",
                "Kế hoạch tuyên truyền " + UUID.randomUUID().toString().substring(0, 6),
                List.of(SisterClerk.agencyId(context)), null);
        assertThat(sent.getSigningCapacity().text()).isEqualTo("K/T TRƯỞNG BAN");

        var delivery = gateway.deliveries(as("vanthu"), sent.getId()).get(0).delivery();
        String xml = new String(assembler.assemble((OutboxEntry) delivery), StandardCharsets.UTF_8);
        assertThat(Pattern.compile("<(\\w+:)?Competence>K/T TRƯỞNG BAN</(\\w+:)?Competence>").matcher(xml).find())
                .as("SignerInfo/Competence in the package").isTrue();

        ExchangeFixtures.await("arrival of " + sent.getNotation(), WAIT, () -> arrived(sent) != null);
        var entry = arrived(sent);
        assertThat(entry.getSignerCompetence()).isEqualTo("K/T TRƯỞNG BAN");
        assertThat(entry.getSignerPosition()).isEqualTo("Phó Trưởng ban Thường trực");
        assertThat(entry.getNotation()).isEqualTo(sent.getNotation());
        var registered = documents.visible(sisterClerk,
                inbox.accept(sisterClerk, entry.getId(), inbox.prefill(sisterClerk, entry.getId())));
        assertThat(registered.getSigningCapacity().text()).isEqualTo("K/T TRƯỞNG BAN");
        assertThat(registered.getNotation()).isEqualTo(sent.getNotation());
    }

    private InboxEntry arrived(Document sent) {
        return inboxEntries.findAll().stream().filter(e -> e.getSenderOrganId().equals(DemoExchange.COMMISSION)
                && e.getRecipientOrganId().equals(DemoExchange.SISTER) && !e.isUpdate()
                && sent.getNotation().equals(e.getNotation())).findFirst().orElse(null);
    }

    private CurrentUser as(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }
}
