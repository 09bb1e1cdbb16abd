package vn.eoffice.documents;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;
import vn.eoffice.platform.Secrecy;
import vn.eoffice.tasks.Assignment;
import vn.eoffice.tasks.Party;
import vn.eoffice.tasks.Priority;
import vn.eoffice.tasks.TaskManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An incoming document from arrival to done: the clerk registers and submits it, the leader directs it to a unit
 * with a co-processing unit, the unit head hands it to an officer, the officer works and reports, and the
 * acceptances close it. The leader's directive is a task of the tasks module, not a second model.
 */
@IntegrationTest
class IncomingDocumentScenarioIntegrationTests {

    @Autowired DocumentManagement documents;
    @Autowired DocumentQueries queries;
    @Autowired Directives directives;
    @Autowired TaskManagement tasks;
    @Autowired RegisterManagement registers;
    @Autowired OrganizationDirectory organization;
    @Autowired UserDetailsService accounts;
    @Autowired TransactionTemplate transactions;

    @Test
    void anIncomingDocumentFromArrivalToDone() {
        var clerk = as("vanthu");
        var leader = as("lanhdao");
        var head = as("truongphong");
        var officer = as("chuyenvien");
        var outsider = as("giangalu");

        // arrival: registered and submitted
        var document = tx(() -> documents.registerIncoming(clerk, details("Về việc tuyên truyền kết quả Đại hội "
                + "Đảng bộ tỉnh lần thứ XV"), List.of()));
        tx(() -> documents.submit(clerk, document.getId(), leader.id()));
        assertThat(ids(leader, Box.AWAITING_DIRECTIVE)).contains(document.getId());
        assertThatThrownBy(() -> documents.visible(officer, document.getId())).isInstanceOf(NotFoundException.class);

        // the leader's directive: Phòng Tuyên truyền leads, Phòng Khoa giáo co-processes, 10 days
        Long propaganda = unit("TTBC");
        Long culture = unit("KGVH");
        var deadline = OfficeDate.today().plusDays(10);
        var top = tx(() -> directives.direct(leader, document.getId(), new DirectiveForm(propaganda, null,
                Set.of(culture), null, null, deadline, "Giao Phòng Tuyên truyền chủ trì, tham mưu kế hoạch tuyên truyền.")));
        assertThat(status(clerk, document.getId())).isEqualTo(DocumentStatus.DIRECTED);
        assertThat(ids(head, Box.TO_PROCESS)).contains(document.getId());
        assertThat(ids(as("phokhoagiao"), Box.TO_PROCESS)).as("the co-processing unit sees it").contains(document.getId());
        assertThat(documents.visible(officer, document.getId())).as("the lead unit's officers see it").isNotNull();
        assertThatThrownBy(() -> documents.visible(outsider, document.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tx(() -> directives.direct(leader, document.getId(), new DirectiveForm(propaganda,
                null, null, null, null, deadline, "lần hai")))).isInstanceOf(DomainException.class);

        // the unit head hands it to an officer, inside the leader's deadline
        var sub = tx(() -> tasks.assignBelow(top.id(), head, new Assignment(head.agencyId(),
                "Dự thảo kế hoạch tuyên truyền", "Hoàn thành dự thảo trước hạn 2 ngày", null, head.id(),
                Party.user(officer.id()), Set.of(), Set.of(), OfficeDate.today(), deadline.minusDays(2),
                Priority.NORMAL, Secrecy.NONE)));
        assertThat(directives.tasksOf(clerk, document.getId())).extracting(t -> t.id()).contains(top.id(), sub.id());

        // the officer works: progress moves the document, completion is reported, the unit head accepts
        tx(() -> { tasks.reportProgress(sub.id(), officer, 50, "Đã có dự thảo lần 1"); return null; });
        assertThat(status(clerk, document.getId())).isEqualTo(DocumentStatus.IN_PROGRESS);
        tx(() -> { tasks.complete(sub.id(), officer, "Đã trình dự thảo kế hoạch"); return null; });
        tx(() -> { tasks.accept(sub.id(), head, true, "Đạt yêu cầu"); return null; });
        assertThat(status(clerk, document.getId())).as("a sub-task does not close the document")
                .isEqualTo(DocumentStatus.IN_PROGRESS);

        // the unit reports the whole directive done and the leader accepts: the document is done
        tx(() -> { tasks.complete(top.id(), head, "Đã ban hành kế hoạch tuyên truyền"); return null; });
        tx(() -> { tasks.accept(top.id(), leader, true, "Tốt"); return null; });
        assertThat(status(clerk, document.getId())).isEqualTo(DocumentStatus.DONE);
        assertThat(ids(clerk, Box.DONE)).contains(document.getId());
        assertThat(documents.timeline(clerk, document.getId())).extracting(TimelineEntry::kind)
                .containsSubsequence("REGISTERED", "SUBMITTED", "DIRECTED", "ASSIGNED", "PROGRESS", "COMPLETED",
                        "ACCEPTED", "COMPLETED", "DONE");
    }

    @Test
    void aDirectiveCannotGoToSomeoneWithoutClearance() {
        var clerk = as("vanthu");
        var leader = as("lanhdao");
        var secret = tx(() -> documents.registerIncoming(clerk, new IncomingDetails(incomingRegister(clerk),
                "5-BC/" + UUID.randomUUID().toString().substring(0, 6), OfficeDate.today(), "BC", "Báo cáo mật",
                null, "Tỉnh ủy Điện Biên", null, null, null, Urgency.NORMAL, Secrecy.MAT, 1, 1, null, null), List.of()));
        assertThatThrownBy(() -> tx(() -> directives.direct(leader, secret.getId(), new DirectiveForm(null,
                as("chuyenvien").id(), null, null, null, OfficeDate.today().plusDays(3), "Xử lý"))))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("directive.person.notCleared");
        assertThat(status(clerk, secret.getId())).isEqualTo(DocumentStatus.REGISTERED);
        assertThat(directives.tasksOf(clerk, secret.getId())).as("nothing half-written").isEmpty();
    }

    private IncomingDetails details(String summary) {
        return new IncomingDetails(incomingRegister(as("vanthu")), "15-CV/" + UUID.randomUUID().toString().substring(0, 6),
                OfficeDate.today().minusDays(1), "CV", summary, null, "Tỉnh ủy Điện Biên", "Nguyễn Văn A", "Phó Bí thư", null,
                Urgency.URGENT, Secrecy.NONE, 3, 1, OfficeDate.today().plusDays(12), null);
    }

    private DocumentStatus status(CurrentUser user, Long id) {
        return documents.visible(user, id).getStatus();
    }

    private List<Long> ids(CurrentUser user, Box box) {
        return queries.incoming(user, box, PageRequest.of(0, 10_000)).getContent().stream().map(DocumentRow::id).toList();
    }

    private Long unit(String abbreviation) {
        return organization.units(as("vanthu").agencyId(), OfficeDate.today()).stream()
                .filter(u -> u.abbreviation().equals(abbreviation)).findFirst().orElseThrow().id();
    }

    private Long incomingRegister(CurrentUser clerk) {
        return registers.activeRegisters(clerk.agencyId(), RegisterKind.INCOMING).get(0).id();
    }

    private CurrentUser as(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }

    private <T> T tx(java.util.function.Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }
}
