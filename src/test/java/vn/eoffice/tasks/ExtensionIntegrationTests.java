package vn.eoffice.tasks;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import vn.eoffice.IntegrationTest;
import vn.eoffice.platform.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class ExtensionIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired TaskManagement tasks;
    @Autowired DeadlineExtensions extensions;
    TaskFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new TaskFixtures(context);
    }

    @Test
    void refusedThenApprovedRequestsAreBothKeptAndOnlyTheApprovalMovesTheDeadline() {
        var task = fx.givenToUnit("TTBC", 5);
        var head = fx.user("truongphong");
        var leader = fx.user("lanhdao");

        var first = extensions.request(task.id(), head, fx.today().plusDays(20), "Chờ số liệu");
        extensions.decide(first.id(), leader, false, "Không đồng ý");
        assertThat(tasks.summary(task.id()).deadline()).isEqualTo(fx.today().plusDays(5));

        var second = extensions.request(task.id(), head, fx.today().plusDays(9), "Chờ số liệu của huyện");
        extensions.decide(second.id(), leader, true, "Đồng ý");

        assertThat(tasks.summary(task.id()).deadline()).isEqualTo(fx.today().plusDays(9));
        var history = extensions.history(task.id(), leader);
        assertThat(history).extracting(Extension::status)
                .containsExactly(ExtensionStatus.REFUSED, ExtensionStatus.APPROVED);
        assertThat(history.get(1).previousDeadline()).isEqualTo(fx.today().plusDays(5));
        assertThat(history.get(1).decidedBy()).isEqualTo(leader.id());
    }

    @Test
    void onlyOnePendingRequestAndOnlyTheAssignerDecides() {
        var task = fx.givenToUnit("TTBC", 5);
        var head = fx.user("truongphong");
        var request = extensions.request(task.id(), head, fx.today().plusDays(8), "Thiếu người");

        assertThatThrownBy(() -> extensions.request(task.id(), head, fx.today().plusDays(9), "Lại"))
                .isInstanceOf(DomainException.class).hasMessage("task.extension.pending");
        assertThatThrownBy(() -> extensions.decide(request.id(), head, true, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> extensions.request(task.id(), fx.user("chuyenvien"), fx.today().plusDays(9), "x"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void subTaskExtensionCannotGoBeyondTheParentsDeadline() {
        var parent = fx.givenToUnit("TTBC", 5);
        var officer = fx.user("chuyenvien");
        var child = tasks.assignBelow(parent.id(), fx.user("truongphong"),
                fx.assignment("truongphong", Party.user(officer.id()), fx.today().plusDays(3)));

        assertThatThrownBy(() -> extensions.request(child.id(), officer, fx.today().plusDays(6), "Cần thêm thời gian"))
                .isInstanceOf(DomainException.class).hasMessage("task.deadline.afterParent");
        var ok = extensions.request(child.id(), officer, fx.today().plusDays(5), "Cần thêm thời gian");
        assertThat(ok.status()).isEqualTo(ExtensionStatus.PENDING);
    }

    @Test
    void lateCompletionAfterAnApprovedExtensionIsMeasuredAgainstTheNewDeadline() {
        var task = fx.givenToUnit("KGVH", 0);
        var head = fx.user("phokhoagiao");
        var request = extensions.request(task.id(), head, fx.today().plusDays(2), "Chờ ý kiến");
        extensions.decide(request.id(), fx.user("lanhdao"), true, null);
        tasks.complete(task.id(), head, "Xong");
        tasks.accept(task.id(), fx.user("lanhdao"), true, null);

        assertThat(context.getBean(TaskQueries.class).details(task.id(), head).onTime()).isTrue();
    }
}
