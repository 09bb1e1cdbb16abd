package vn.eoffice.tasks;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import vn.eoffice.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ReminderIntegrationTests {

    static final List<TaskReminder> SENT = new CopyOnWriteArrayList<>();
    static final List<TaskDigest> DIGESTS = new CopyOnWriteArrayList<>();

    @TestConfiguration
    static class RecordingSender {
        @Bean
        @Primary
        TaskReminderSender recordingReminderSender() {
            return SENT::add;
        }

        @Bean
        @Primary
        TaskDigestSender recordingDigestSender() {
            return DIGESTS::add;
        }
    }

    @Autowired ApplicationContext context;
    @Autowired Reminders reminders;
    @Autowired TaskManagement tasks;
    TaskFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new TaskFixtures(context);
    }

    private List<TaskReminder> sentFor(Long taskId) {
        return SENT.stream().filter(r -> r.taskId().equals(taskId)).toList();
    }

    @Test
    void twoConcurrentRunsSendEachReminderOnce() throws Exception {
        var soon = fx.givenToUnit("TTBC", 3);
        var today = fx.givenToUnit("TTBC", 0);
        var lanhdao = fx.user("lanhdao");
        var overdue = tasks.assign(new Assignment(lanhdao.agencyId(), TaskFixtures.unique("Quá hạn"), null, null,
                lanhdao.id(), Party.user(fx.user("chuyenvien").id()), Set.of(), Set.of(), fx.today().minusDays(10),
                fx.today().minusDays(2), null, null));

        var barrier = new CyclicBarrier(2);
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = List.of(
                    pool.submit(() -> { barrier.await(); return reminders.sendDue(fx.today()); }),
                    pool.submit(() -> { barrier.await(); return reminders.sendDue(fx.today()); }));
            for (var run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }

        var head = fx.user("truongphong").id();
        assertThat(sentFor(soon.id())).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ReminderKind.DUE_SOON);
            assertThat(r.recipientId()).isEqualTo(head);
            assertThat(r.days()).isEqualTo(3);
        });
        assertThat(sentFor(today.id())).extracting(TaskReminder::kind).containsExactly(ReminderKind.DUE_TODAY);
        assertThat(sentFor(overdue.id())).extracting(TaskReminder::kind, TaskReminder::recipientId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ReminderKind.OVERDUE, fx.user("chuyenvien").id()),
                        org.assertj.core.groups.Tuple.tuple(ReminderKind.ESCALATION, lanhdao.id()));
        assertThat(context.getBean(ReminderLedger.class).count(overdue.id())).isEqualTo(2);
    }

    @Test
    void eachPersonGetsOneDigestADayWithOverdueAndDueSoonTasks() throws Exception {
        var officer = fx.user("chuyenvien2");
        var lanhdao = fx.user("lanhdao");
        var late = tasks.assign(new Assignment(lanhdao.agencyId(), TaskFixtures.unique("Trễ"), null, null,
                lanhdao.id(), Party.user(officer.id()), Set.of(), Set.of(), fx.today().minusDays(9),
                fx.today().minusDays(1), null, null));
        var soon = tasks.assign(fx.assignment("lanhdao", Party.user(officer.id()), fx.today().plusDays(2)));
        var day = fx.today().plusDays(0);
        var digests = context.getBean(Digests.class);

        var barrier = new CyclicBarrier(2);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> { barrier.await(); return digests.sendDue(day); });
            var second = pool.submit(() -> { barrier.await(); return digests.sendDue(day); });
            first.get();
            second.get();
        } finally {
            pool.shutdownNow();
        }

        assertThat(DIGESTS.stream().filter(d -> d.recipientId().equals(officer.id()) && d.day().equals(day)))
                .singleElement().satisfies(d -> {
                    assertThat(d.overdue()).extracting(TaskSummary::id).contains(late.id());
                    assertThat(d.dueSoon()).extracting(TaskSummary::id).contains(soon.id());
                });
    }

    @Test
    void overdueTasksEscalateAgainTheNextDayButNotTwiceTheSameDay() {
        var task = fx.givenToUnit("KGVH", 0);

        reminders.sendDue(fx.today().plusDays(1));
        reminders.sendDue(fx.today().plusDays(1));
        reminders.sendDue(fx.today().plusDays(2));

        assertThat(sentFor(task.id()).stream().filter(r -> r.kind() == ReminderKind.ESCALATION))
                .extracting(TaskReminder::days).containsExactly(1, 2);
    }

    @Test
    void noRemindersForTasksNoLongerOpenOrOutsideTheConfiguredDays() {
        var done = fx.givenToUnit("KGVH", 1);
        tasks.complete(done.id(), fx.user("phokhoagiao"), "Xong");
        var later = fx.givenToUnit("KGVH", 2);

        reminders.sendDue(fx.today());

        assertThat(sentFor(done.id())).isEmpty();
        assertThat(sentFor(later.id())).isEmpty();
    }
}
