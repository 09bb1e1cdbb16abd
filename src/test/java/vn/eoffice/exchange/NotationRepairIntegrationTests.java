package vn.eoffice.exchange;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.eoffice.IntegrationTest;
import vn.eoffice.documents.IncomingDetails;
import vn.eoffice.exchange.edxml.EdxmlDocument;
import vn.eoffice.exchange.edxml.PackageCodec;
import vn.eoffice.identity.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repair of rows registered before the fix (V41_7): a State number the exchange prefill rewrote into a Party
 * hyphen gets its slash back; a notation the clerk typed differently is left alone.
 */
@IntegrationTest
class NotationRepairIntegrationTests {

    @Autowired Receiver receiver;
    @Autowired ExchangeInbox inbox;
    @Autowired InboxEntries inboxEntries;
    @Autowired AgencyKeys keys;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;

    @Test
    void onlyTheUntouchedWrongPrefillIsRepaired() {
        String body = "UB" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Long rewritten = acceptAs("12", "2025/QĐ-" + body, "12-2025/QĐ-" + body);
        Long typedByHand = acceptAs("13", "2025/QĐ-" + body, "13-2025/QĐ " + body);
        Long party = acceptAs("14", "HD/" + body, "14-HD/" + body);

        String url = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getURL());
        var script = new ClassPathResource("db/migration/" + (url.startsWith("jdbc:postgresql") ? "postgresql" : "h2")
                + "/V41_7__exchange_notation_as_issued.sql");
        jdbc.execute((ConnectionCallback<Void>) c -> {
            ScriptUtils.executeSqlScript(c, script);
            return null;
        });

        assertThat(notation(rewritten)).isEqualTo("12/2025/QĐ-" + body);
        assertThat(notation(typedByHand)).isEqualTo("13-2025/QĐ " + body);
        assertThat(notation(party)).isEqualTo("14-HD/" + body);
    }

    /** Receives a package with the given code and registers it under the notation the clerk left in the form. */
    private Long acceptAs(String codeNumber, String codeNotation, String registeredAs) {
        var fixture = ExchangeFixtures.document(DemoExchange.SISTER, DemoExchange.COMMISSION,
                "Văn bản " + codeNumber + " " + codeNotation, null);
        var doc = new EdxmlDocument(fixture.from(), fixture.to(), fixture.documentId() + "-" + codeNumber,
                codeNumber, codeNotation, fixture.place(), fixture.promulgationDate(), fixture.type(),
                fixture.typeDetail(), fixture.typeName(), fixture.subject(), null, fixture.signer(), fixture.dueDate(),
                List.of(), fixture.otherInfo(), List.of(), null,
                List.of(new EdxmlDocument.TraceHeader(fixture.from().organId(), Instant.now())), fixture.business(),
                List.of());
        assertThat(receiver.receive(new PackageCodec(10_000_000).write(doc, keys.signingKey())).isArrived()).isTrue();
        var entry = inboxEntries.findBySenderOrganIdAndDocumentKey(DemoExchange.SISTER, doc.documentId()).get(0);
        var clerk = (CurrentUser) accounts.loadUserByUsername("vanthu");
        var d = inbox.prefill(clerk, entry.getId());
        return inbox.accept(clerk, entry.getId(), new IncomingDetails(d.registerId(), registeredAs, d.documentDate(),
                d.typeCode(), d.summary(), d.issuerAgencyId(), d.issuerName(), d.signerName(), d.signerPosition(),
                d.signerCompetence(), d.urgency(), d.secrecy(), d.pageCount(), d.copies(), d.deadline(), d.note()));
    }

    private String notation(Long documentId) {
        return jdbc.queryForObject("select notation from document where id = ?", String.class, documentId);
    }
}
