package vn.eoffice.exchange;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.eoffice.organization.AgencyCatalog;
import vn.eoffice.organization.AgencyDetails;
import vn.eoffice.organization.AgencyKind;
import vn.eoffice.organization.OrganizationManagement;
import vn.eoffice.platform.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.eoffice.exchange.ExchangeFixtures.await;

/**
 * A reply travels back over the exchange and finds the document it answers: installation A sends a released
 * document to B, B accepts it and releases a reply to it, the reply's package names A's document (ResponseFor), and
 * once A accepts the reply both of A's documents show the link.
 */
class ExchangeReplyTwoNodesTests {

    /** The demo commission keeps its code on A; on B it answers to another code, so the two can tell each other apart. */
    static final String A = DemoExchange.COMMISSION;
    static final String B = "000.97.17.H17";
    static final Duration WAIT = Duration.ofSeconds(60);

    static ExchangeNode a;
    static ExchangeNode b;

    @BeforeAll
    static void start() throws Exception {
        var root = Files.createTempDirectory("exchange-reply");
        a = new ExchangeNode("ra", root, ExchangeTwoNodesTests.FAST_RETRIES).start();
        b = new ExchangeNode("rb", root, ExchangeTwoNodesTests.FAST_RETRIES).start();
        var commission = b.bean(AgencyCatalog.class).agency(b.agencyId(A));
        var details = AgencyDetails.of(commission);
        b.bean(OrganizationManagement.class).updateAgency(commission.getId(), commission.getVersion(),
                new AgencyDetails(details.name(), details.shortName(), details.abbreviation(), B, details.kind(),
                        details.parentId(), details.address(), details.phone(), details.email(), details.website(),
                        details.validFrom(), details.validTo()));
        external(a, B, "Ban Tuyên giáo và Dân vận (nút B)");
        external(b, A, "Ban Tuyên giáo và Dân vận (nút A)");
        a.addPeer(B, b);
        b.addPeer(A, a);
    }

    @AfterAll
    static void stop() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    @Test
    void aReplyNamesTheDocumentItAnswersAndTheOriginalSenderLinksBoth() {
        var original = Releases.release(a.context(), "chuyenvien", "Đề nghị báo cáo kết quả tuyên truyền quý IV",
                List.of(a.agencyId(B)), null);
        String originalKey = a.deliveries().stream().filter(d -> original.getId().equals(d.getDocumentId()))
                .findFirst().orElseThrow().getDocumentKey();
        await("the document to reach B", WAIT, () -> !b.received(A).isEmpty());
        Long incomingOnB = b.accept(b.received(A).get(0).getId());

        var reply = Releases.release(b.context(), "vanthu", "Báo cáo kết quả tuyên truyền quý IV",
                List.of(b.agencyId(A)), incomingOnB.toString());
        await("the reply to reach A", WAIT, () -> !a.received(B).isEmpty());

        var received = a.received(B).get(0);
        assertThat(received.getNotation()).isEqualTo(reply.getNotation());
        assertThat(received.getLinks().getResponseForKey()).isEqualTo(originalKey);
        assertThat(received.getLinks().getResponseForCode()).isEqualTo(original.getNotation());
        assertThat(received.getLinks().getAnswersDocumentId()).isEqualTo(original.getId());

        var linked = a.bean(LinkedDocuments.class);
        var clerk = a.user("vanthu");
        assertThat(linked.of(clerk, original.getId())).extracting(DocumentLink::kind)
                .containsExactly(DocumentLink.Kind.ANSWERED_BY_WAITING);
        Long replyOnA = a.accept(received.getId());

        assertThat(linked.of(clerk, original.getId())).singleElement().satisfies(link -> {
            assertThat(link.kind()).isEqualTo(DocumentLink.Kind.ANSWERED_BY);
            assertThat(link.notation()).isEqualTo(reply.getNotation());
            assertThat(link.href()).isEqualTo("/documents/" + replyOnA);
        });
        assertThat(linked.of(clerk, replyOnA)).singleElement().satisfies(link -> {
            assertThat(link.kind()).isEqualTo(DocumentLink.Kind.ANSWERS);
            assertThat(link.notation()).isEqualTo(original.getNotation());
            assertThat(link.href()).isEqualTo("/documents/outgoing/" + original.getId());
        });
        // the drafter sees the reply came, but may not open a registered document of the office
        assertThat(linked.of(a.user("chuyenvien"), original.getId())).singleElement()
                .satisfies(link -> assertThat(link.href()).isNull());
        assertThatThrownBy(() -> linked.of(a.user("giangalu"), replyOnA)).isInstanceOf(NotFoundException.class);
    }

    private static void external(ExchangeNode node, String organId, String name) {
        node.bean(OrganizationManagement.class).createAgency(new AgencyDetails(name, null, "BTGDV", organId,
                AgencyKind.PARTY_COMMISSION, null, null, null, null, null, java.time.LocalDate.of(2025, 3, 1), null),
                false);
    }
}
