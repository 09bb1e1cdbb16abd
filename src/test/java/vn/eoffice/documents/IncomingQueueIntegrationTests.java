package vn.eoffice.documents;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.notifications.Notifier;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.QueueAssertions;
import vn.eoffice.platform.Secrecy;
import vn.eoffice.platform.WorkQueue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An incoming document waits for the clerk to submit it, then for the leader's directive (notified, one click from
 * the queue to the directive form), then for the lead unit to process it; a secret one never counts for the
 * uncleared officer of that unit.
 */
@IntegrationTest
class IncomingQueueIntegrationTests {

    static final String SUBMIT = "queue.documents.TO_SUBMIT";
    static final String DIRECT = "queue.documents.TO_DIRECT";
    static final String PROCESS = "queue.documents.TO_PROCESS";

    @Autowired DocumentManagement documents;
    @Autowired Directives directives;
    @Autowired RegisterManagement registers;
    @Autowired OrganizationDirectory organization;
    @Autowired UserDetailsService accounts;
    @Autowired WorkQueue queue;
    @Autowired Notifier notifier;
    QueueAssertions q;

    @BeforeEach
    void setUp() {
        q = new QueueAssertions(queue, notifier);
    }

    @Test
    void registeredSubmittedDirectedEachWaitForTheirPerson() {
        var clerk = as("vanthu");
        var leader = as("lanhdao");
        var officer = as("chuyenvien2");
        long toSubmit = q.count(clerk, SUBMIT);
        long toDirect = q.count(leader, DIRECT);
        long toProcess = q.count(officer, PROCESS);
        assertThat(q.count(officer, DIRECT)).as("only leaders direct").isEqualTo(-1);

        var document = register(clerk, Secrecy.NONE);
        assertThat(q.count(clerk, SUBMIT)).isEqualTo(toSubmit + 1);
        documents.submit(clerk, document.getId(), leader.id());
        assertThat(q.count(clerk, SUBMIT)).isEqualTo(toSubmit);
        assertThat(q.count(leader, DIRECT)).isEqualTo(toDirect + 1);
        assertThat(q.lists(leader, DIRECT, "/documents/" + document.getId() + "#directive")).isTrue();
        q.notified(leader.id(), document.getSummary());

        direct(leader, document);
        assertThat(q.count(leader, DIRECT)).isEqualTo(toDirect);
        q.cleared(leader.id(), document.getSummary());
        assertThat(q.count(officer, PROCESS)).isEqualTo(toProcess + 1);
    }

    @Test
    void aSecretDocumentDirectedToTheUnitCountsForItsClearedHeadOnly() {
        var clerk = as("vanthu");
        var leader = as("lanhdao");
        var head = as("truongphong");
        var uncleared = as("chuyenvien2");
        long headBefore = q.count(head, PROCESS);
        long officerBefore = q.count(uncleared, PROCESS);

        var secret = register(clerk, Secrecy.MAT);
        documents.submit(clerk, secret.getId(), leader.id());
        direct(leader, secret);

        assertThat(q.count(head, PROCESS)).isEqualTo(headBefore + 1);
        assertThat(q.count(uncleared, PROCESS)).isEqualTo(officerBefore);
        assertThat(q.lists(uncleared, PROCESS, "/documents/" + secret.getId())).isFalse();
        assertThat(q.find(uncleared.id(), secret.getSummary())).isEmpty();
    }

    private void direct(CurrentUser leader, Document document) {
        directives.direct(leader, document.getId(), new DirectiveForm(unit("TTBC"), null, Set.of(), Set.of(),
                Set.of(), OfficeDate.today().plusDays(10), "Phòng Tuyên truyền chủ trì tham mưu"));
    }

    private Document register(CurrentUser clerk, Secrecy secrecy) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var register = registers.activeRegisters(clerk.agencyId(), RegisterKind.INCOMING).stream()
                .filter(r -> r.secretOnly() == (secrecy != Secrecy.NONE)).findFirst().orElseThrow();
        return documents.registerIncoming(clerk, new IncomingDetails(register.id(), "12-CV/" + suffix,
                OfficeDate.today().minusDays(1), "CV", "Đề nghị báo cáo chuyên đề " + suffix, null,
                "Tỉnh ủy Điện Biên", null, null, null, Urgency.NORMAL, secrecy, 1, 1, null, null), List.of());
    }

    private Long unit(String abbreviation) {
        return organization.units(as("vanthu").agencyId(), OfficeDate.today()).stream()
                .filter(u -> abbreviation.equals(u.abbreviation())).findFirst().orElseThrow().id();
    }

    private CurrentUser as(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }
}
