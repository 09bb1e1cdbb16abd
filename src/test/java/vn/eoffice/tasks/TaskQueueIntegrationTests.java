package vn.eoffice.tasks;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import vn.eoffice.IntegrationTest;
import vn.eoffice.notifications.Notifier;
import vn.eoffice.platform.QueueAssertions;
import vn.eoffice.platform.WorkQueue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each task step waits in its person's queue with the right count, notifies them, and leaves the queue (and clears
 * the notification) once done: hand down, report, accept, return, extension.
 */
@IntegrationTest
class TaskQueueIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired TaskManagement tasks;
    @Autowired DeadlineExtensions extensions;
    @Autowired WorkQueue queue;
    @Autowired Notifier notifier;
    TaskFixtures fx;
    QueueAssertions q;

    @BeforeEach
    void setUp() {
        fx = new TaskFixtures(context);
        q = new QueueAssertions(queue, notifier);
    }

    @Test
    void unitHeadHandsDownOfficerCompletesLeaderReturnsThenAccepts() {
        var head = fx.user("truongphong");
        var officer = fx.user("chuyenvien");
        long handDown = q.count(head, "queue.tasks.TO_HAND_DOWN");
        long toAccept = q.count(head, "queue.tasks.TO_ACCEPT");
        long officerToDo = q.count(officer, "queue.tasks.TO_DO");
        long returned = q.count(officer, "queue.tasks.RETURNED");
        assertThat(q.count(officer, "queue.tasks.TO_HAND_DOWN")).as("not an officer's kind").isEqualTo(-1);

        var task = fx.givenToUnit("TTBC", 10);
        assertThat(q.count(head, "queue.tasks.TO_HAND_DOWN")).isEqualTo(handDown + 1);
        assertThat(q.lists(head, "queue.tasks.TO_HAND_DOWN", "/tasks/" + task.id())).isTrue();
        q.notified(head.id(), task.title());

        var child = tasks.assignBelow(task.id(), head, fx.assignment("truongphong", Party.user(officer.id()),
                fx.today().plusDays(7)));
        assertThat(q.count(head, "queue.tasks.TO_HAND_DOWN")).isEqualTo(handDown);
        q.cleared(head.id(), task.title());
        assertThat(q.count(officer, "queue.tasks.TO_DO")).isEqualTo(officerToDo + 1);
        q.notified(officer.id(), child.title());

        tasks.complete(child.id(), officer, "Đã xong báo cáo");
        assertThat(q.count(officer, "queue.tasks.TO_DO")).isEqualTo(officerToDo);
        assertThat(q.count(head, "queue.tasks.TO_ACCEPT")).isEqualTo(toAccept + 1);
        var acceptNotice = q.notified(head.id(), "duyệt kết quả: " + child.title());
        assertThat(acceptNotice.link()).isEqualTo("/tasks/" + child.id());
        q.cleared(officer.id(), "Đồng chí được giao chủ trì: " + child.title());

        tasks.returnForRework(child.id(), head, "Thiếu số liệu xã");
        assertThat(q.count(head, "queue.tasks.TO_ACCEPT")).isEqualTo(toAccept);
        q.cleared(head.id(), "duyệt kết quả: " + child.title());
        assertThat(q.count(officer, "queue.tasks.RETURNED")).isEqualTo(returned + 1);
        var returnNotice = q.notified(officer.id(), "bị trả lại, cần làm tiếp: " + child.title());
        assertThat(returnNotice.body()).contains("Thiếu số liệu xã");

        tasks.complete(child.id(), officer, "Đã bổ sung");
        assertThat(q.count(officer, "queue.tasks.RETURNED")).isEqualTo(returned);
        q.cleared(officer.id(), "bị trả lại, cần làm tiếp: " + child.title());
        long headToDo = q.count(head, "queue.tasks.TO_DO");
        tasks.accept(child.id(), head, true, "Đạt");
        assertThat(q.count(head, "queue.tasks.TO_ACCEPT")).isEqualTo(toAccept);
        q.cleared(head.id(), "duyệt kết quả: " + child.title());

        // every part handed down is accepted: the unit's task waits for the head's report to the leader
        assertThat(q.count(head, "queue.tasks.TO_DO")).isEqualTo(headToDo + 1);
        assertThat(q.lists(head, "queue.tasks.TO_DO", "/tasks/" + task.id())).isTrue();
        assertThat(q.notified(head.id(), "đơn vị cần báo cáo kết quả: " + task.title()).link())
                .isEqualTo("/tasks/" + task.id());
        tasks.complete(task.id(), head, "Phòng đã hoàn thành");
        assertThat(q.count(head, "queue.tasks.TO_DO")).isEqualTo(headToDo);
        q.cleared(head.id(), "đơn vị cần báo cáo kết quả: " + task.title());
    }

    @Test
    void extensionRequestWaitsForTheAssignerUntilDecided() {
        var leader = fx.user("lanhdao");
        var head = fx.user("truongphong");
        long before = q.count(leader, "queue.tasks.EXTENSIONS");
        var task = fx.givenToUnit("TTBC", 5);

        var request = extensions.request(task.id(), head, fx.today().plusDays(12), "Chờ số liệu");
        assertThat(q.count(leader, "queue.tasks.EXTENSIONS")).isEqualTo(before + 1);
        var notice = q.notified(leader.id(), "chờ đồng chí quyết định: " + task.title());
        assertThat(notice.title()).contains(vn.eoffice.platform.Dates.DATE.format(fx.today().plusDays(12)));

        extensions.decide(request.id(), leader, true, "Đồng ý");
        assertThat(q.count(leader, "queue.tasks.EXTENSIONS")).isEqualTo(before);
        q.cleared(leader.id(), "chờ đồng chí quyết định: " + task.title());
    }
}
