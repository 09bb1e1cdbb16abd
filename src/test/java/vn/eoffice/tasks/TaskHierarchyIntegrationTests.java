package vn.eoffice.tasks;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.eoffice.IntegrationTest;
import vn.eoffice.platform.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@RecordApplicationEvents
class TaskHierarchyIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired TaskManagement tasks;
    @Autowired TaskQueries queries;
    @Autowired ApplicationEvents events;
    TaskFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new TaskFixtures(context);
    }

    @Test
    void leaderAssignsUnitHeadBreaksDownAndBothTasksBelongToTheSource() {
        var source = new SourceRef(SourceType.DOCUMENT, System.nanoTime());
        var a = fx.assignment("lanhdao", Party.unit(fx.unit("TTBC")), fx.today().plusDays(10));
        var parent = tasks.assign(new Assignment(a.agencyId(), a.title(), a.content(), source, a.assignerId(),
                a.lead(), Set.of(Party.unit(fx.unit("KGVH"))), Set.of(fx.user("truongban").id()), null,
                a.deadline(), Priority.HIGH, null));

        var child = tasks.assignBelow(parent.id(), fx.user("truongphong"),
                fx.assignment("truongphong", Party.user(fx.user("chuyenvien").id()), fx.today().plusDays(7)));

        assertThat(child.parentId()).isEqualTo(parent.id());
        assertThat(child.source()).isEqualTo(source);
        assertThat(child.assignerId()).isEqualTo(fx.user("truongphong").id());
        assertThat(tasks.tasksFor(source)).extracting(TaskSummary::id).containsExactly(parent.id(), child.id());
        assertThat(events.stream(TaskAssigned.class).filter(e -> e.taskId().equals(child.id())))
                .singleElement().satisfies(e -> assertThat(e.parentId()).isEqualTo(parent.id()));
        assertThat(queries.details(parent.id(), fx.user("lanhdao")).children()).extracting(TaskSummary::id)
                .containsExactly(child.id());
    }

    @Test
    void subTaskCannotEndAfterItsParent() {
        var parent = fx.givenToUnit("TTBC", 5);

        assertThatThrownBy(() -> tasks.assignBelow(parent.id(), fx.user("truongphong"),
                fx.assignment("truongphong", Party.user(fx.user("chuyenvien").id()), fx.today().plusDays(6))))
                .isInstanceOf(DomainException.class).hasMessage("task.deadline.afterParent");
        assertThat(queries.details(parent.id(), fx.user("lanhdao")).children()).isEmpty();
    }

    @Test
    void onlyTheParentsLeadMayBreakItDown() {
        var parent = fx.givenToUnit("TTBC", 5);

        assertThatThrownBy(() -> tasks.assignBelow(parent.id(), fx.user("chuyenvien"),
                fx.assignment("chuyenvien", Party.user(fx.user("chuyenvien2").id()), fx.today().plusDays(3))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tasks.assignBelow(parent.id(), fx.user("phokhoagiao"),
                fx.assignment("phokhoagiao", Party.user(fx.user("dinhthimai").id()), fx.today().plusDays(3))))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void subTaskLeadCanSeeTheParentAndTheWholeChainEndsAccepted() {
        var parent = fx.givenToUnit("TTBC", 5);
        var officer = fx.user("chuyenvien2");
        var child = tasks.assignBelow(parent.id(), fx.user("truongphong"),
                fx.assignment("truongphong", Party.user(officer.id()), fx.today().plusDays(2)));

        tasks.reportProgress(child.id(), officer, 60, "Đã thu thập số liệu");
        tasks.complete(child.id(), officer, "Đã gửi báo cáo");
        tasks.accept(child.id(), fx.user("truongphong"), true, "Tốt");
        tasks.complete(parent.id(), fx.user("truongphong"), "Hoàn thành");
        tasks.accept(parent.id(), fx.user("lanhdao"), false, "Chưa đạt yêu cầu");

        assertThat(queries.details(parent.id(), officer).summary().status()).isEqualTo(TaskStatus.ACCEPTED);
        var details = queries.details(parent.id(), fx.user("lanhdao"));
        assertThat(details.onTime()).isTrue();
        assertThat(details.daysLate()).isZero();
        assertThat(details.meetsQuality()).isFalse();
        assertThat(events.stream(TaskAccepted.class).filter(e -> e.taskId().equals(child.id())))
                .singleElement().satisfies(e -> assertThat(e.meetsQuality()).isTrue());
    }

    @Test
    void lateCompletionIsRecordedAsAnExactQueryableFact() {
        var leader = fx.user("lanhdao");
        var officer = fx.user("giangalu");
        var late = tasks.assign(fx.assignmentStarting("lanhdao", Party.user(officer.id()), -6, -2));
        var before = java.time.Instant.now().minusSeconds(60);

        tasks.complete(late.id(), officer, "Xong muộn");
        tasks.accept(late.id(), leader, true, null);

        var outcomes = queries.outcomes(leader.agencyId(), before, java.time.Instant.now().plusSeconds(60));
        assertThat(outcomes).filteredOn(o -> o.taskId().equals(late.id())).singleElement().satisfies(o -> {
            assertThat(o.onTime()).isFalse();
            assertThat(o.daysLate()).isEqualTo(2);
            assertThat(o.meetsQuality()).isTrue();
            assertThat(o.leadUserId()).isEqualTo(officer.id());
            assertThat(o.ownerUnitId()).isEqualTo(fx.unit("DVNN"));
        });
        assertThat(events.stream(TaskAccepted.class).filter(e -> e.taskId().equals(late.id())))
                .singleElement().satisfies(e -> assertThat(e.daysLate()).isEqualTo(2));
    }

    @Test
    void assignerReturnsWorkAndOnlyTheAssignerMayAccept() {
        var task = fx.givenToUnit("KGVH", 4);
        var head = fx.user("phokhoagiao");
        tasks.complete(task.id(), head, "Đã làm");

        assertThatThrownBy(() -> tasks.accept(task.id(), head, true, null)).isInstanceOf(AccessDeniedException.class);
        tasks.returnForRework(task.id(), fx.user("lanhdao"), "Bổ sung số liệu");
        assertThat(tasks.summary(task.id()).status()).isEqualTo(TaskStatus.RETURNED);
        assertThat(events.stream(TaskReturned.class).filter(e -> e.taskId().equals(task.id()))).hasSize(1);
        assertThat(queries.details(task.id(), head).timeline()).extracting(TaskEvent::kind)
                .containsExactly("ASSIGNED", "COMPLETED", "RETURNED");
    }
}
