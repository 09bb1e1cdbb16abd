package vn.eoffice.documents.outgoing;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.eoffice.IntegrationTest;
import vn.eoffice.notifications.Notifier;
import vn.eoffice.platform.QueueAssertions;
import vn.eoffice.platform.Secrecy;
import vn.eoffice.platform.WorkQueue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An outgoing document's steps wait in their person's queue and notify them: the reviewer whose turn it is, the
 * drafter of a returned draft, the signer, the clerks for the release; each leaves the queue and its notification is
 * cleared once done. A secret document's steps reach only the cleared.
 */
@IntegrationTest
class OutgoingQueueIntegrationTests extends OutgoingFixtures {

    static final String REVIEW = "queue.documents.TO_REVIEW";
    static final String SIGN = "queue.documents.TO_SIGN";
    static final String RELEASE = "queue.documents.TO_RELEASE";

    @Autowired WorkQueue queue;
    @Autowired Notifier notifier;
    QueueAssertions q;

    @BeforeEach
    void setUp() {
        q = new QueueAssertions(queue, notifier);
    }

    @Test
    void reviewReturnSignAndReleaseEachWaitForTheirPerson() {
        var officer = as("chuyenvien");
        var unitHead = as("truongphong");
        var leader = as("lanhdao");
        var clerk = as("vanthu");
        long reviews = q.count(unitHead, REVIEW);
        long leaderReviews = q.count(leader, REVIEW);
        long signatures = q.count(leader, SIGN);
        long releases = q.count(clerk, RELEASE);
        assertThat(q.count(officer, SIGN)).as("an officer without signing authority signs nothing").isEqualTo(-1);
        assertThat(q.count(officer, RELEASE)).as("only clerks release").isEqualTo(-1);

        var document = drafts.draft(officer, draft(Secrecy.NONE, List.of(unit("KGVH")), List.of()),
                pdf("duthao.pdf", officer), List.of());
        Long id = document.getId();
        String summary = document.getSummary();
        String link = "/documents/outgoing/" + id;
        var circuitSteps = List.of(new CircuitStep(1, ReviewStep.Kind.CONTENT, unitHead.id()),
                new CircuitStep(2, ReviewStep.Kind.APPROVAL, leader.id()));
        circuit.submit(officer, id, circuitSteps);

        assertThat(q.count(unitHead, REVIEW)).isEqualTo(reviews + 1);
        assertThat(q.lists(unitHead, REVIEW, link)).isTrue();
        assertThat(q.count(leader, REVIEW)).as("not yet the leader's turn").isEqualTo(leaderReviews);
        assertThat(q.notified(unitHead.id(), "chờ đồng chí duyệt: " + summary).link()).isEqualTo(link);

        circuit.decide(unitHead, id, false, "Bổ sung số liệu");
        assertThat(q.count(unitHead, REVIEW)).isEqualTo(reviews);
        q.cleared(unitHead.id(), "chờ đồng chí duyệt: " + summary);
        q.notified(officer.id(), "bị trả lại, cần sửa: " + summary);

        circuit.submit(officer, id, circuitSteps);
        q.cleared(officer.id(), "bị trả lại, cần sửa: " + summary);
        circuit.decide(unitHead, id, true, null);
        assertThat(q.count(unitHead, REVIEW)).isEqualTo(reviews);
        assertThat(q.count(leader, REVIEW)).isEqualTo(leaderReviews + 1);
        q.notified(leader.id(), "phê duyệt (người ký): " + summary);

        circuit.decide(leader, id, true, "Đồng ý");
        assertThat(q.count(leader, REVIEW)).isEqualTo(leaderReviews);
        q.cleared(leader.id(), "phê duyệt (người ký): " + summary);
        assertThat(q.count(leader, SIGN)).isEqualTo(signatures + 1);
        q.notified(leader.id(), "chờ đồng chí ký: " + summary);

        release.sign(leader, id);
        assertThat(q.count(leader, SIGN)).isEqualTo(signatures);
        q.cleared(leader.id(), "chờ đồng chí ký: " + summary);
        assertThat(q.count(clerk, RELEASE)).isEqualTo(releases + 1);
        assertThat(q.lists(clerk, RELEASE, link)).isTrue();
        q.notified(clerk.id(), "chờ phát hành: " + summary);

        release.release(clerk, id, register(false).id());
        assertThat(q.count(clerk, RELEASE)).isEqualTo(releases);
        q.cleared(clerk.id(), "chờ phát hành: " + summary);
    }

    @Test
    void aSecretDocumentWaitingForReleaseReachesOnlyTheCleared() {
        var clerk = as("vanthu");
        var uncleared = as("chuyenvien2");
        long releases = q.count(clerk, RELEASE);
        long reviews = q.count(uncleared, REVIEW);
        var document = signed(Secrecy.MAT);

        assertThat(q.count(clerk, RELEASE)).isEqualTo(releases + 1);
        q.notified(clerk.id(), "chờ phát hành: " + document.getSummary());
        assertThat(q.count(uncleared, REVIEW)).isEqualTo(reviews);
        assertThat(q.find(uncleared.id(), document.getSummary())).isEmpty();
        release.release(clerk, document.getId(), register(true).id());
        assertThat(q.count(clerk, RELEASE)).isEqualTo(releases);
    }
}
