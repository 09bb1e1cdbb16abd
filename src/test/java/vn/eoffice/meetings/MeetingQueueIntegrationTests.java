package vn.eoffice.meetings;

import java.util.Set;

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
 * A unit invited to a meeting: every member is told, the unit head finds the invitation in the queue (he answers for
 * the unit), and once he answers it leaves his queue and his notification is cleared; members keep theirs.
 */
@IntegrationTest
class MeetingQueueIntegrationTests {

    static final String ANSWER = "queue.meetings.TO_ANSWER";
    static final String REPORT = "queue.meetings.TO_REPORT";

    @Autowired ApplicationContext context;
    @Autowired MeetingManagement management;
    @Autowired MeetingQueries queries;
    @Autowired MeetingProceedings proceedings;
    @Autowired WorkQueue queue;
    @Autowired Notifier notifier;
    MeetingFixtures fx;
    QueueAssertions q;

    @BeforeEach
    void setUp() {
        fx = new MeetingFixtures(context);
        q = new QueueAssertions(queue, notifier);
    }

    @Test
    void invitationThroughTheUnitReachesEveryMemberAndWaitsForTheHeadsAnswer() {
        var head = fx.user("truongphong");
        var member = fx.user("chuyenvien");
        long headBefore = q.count(head, ANSWER);
        long memberBefore = q.count(member, ANSWER);
        // early tomorrow: the queue names the first five invitations by date, and other tests of this context invite
        // the same unit to later meetings
        var day = vn.eoffice.OfficeDate.today().plusDays(1);
        String title = MeetingFixtures.unique("Giao ban chuyên đề");
        var meeting = management.schedule(fx.user("lanhdao"), fx.plan(title, null, MeetingFixtures.at(day, 6, 0),
                MeetingFixtures.at(day, 6, 30), Set.of(), Set.of(fx.unit("TTBC"))));

        assertThat(q.count(head, ANSWER)).isEqualTo(headBefore + 1);
        assertThat(q.lists(head, ANSWER, "/meetings/" + meeting.id())).isTrue();
        assertThat(q.count(member, ANSWER)).as("the unit head answers for the unit").isEqualTo(memberBefore);
        assertThat(q.notified(member.id(), title).link()).isEqualTo("/meetings/" + meeting.id());
        q.notified(head.id(), title);

        var unitRow = queries.participants(head, meeting.id()).stream()
                .filter(p -> p.unitId() != null).findFirst().orElseThrow();
        management.answer(head, meeting.id(), unitRow.id(), Answer.ATTEND, null, null);

        assertThat(q.count(head, ANSWER)).isEqualTo(headBefore);
        q.cleared(head.id(), title);
        assertThat(q.find(member.id(), title).orElseThrow().unread()).isTrue();
    }

    @Test
    void briefingWaitsForTheInvitedUnitsReportUntilItIsSent() {
        var head = fx.user("truongphong");
        var member = fx.user("chuyenvien");
        long headBefore = q.count(head, REPORT);
        long memberBefore = q.count(member, REPORT);
        var day = vn.eoffice.OfficeDate.today().plusDays(2);
        String title = MeetingFixtures.unique("Giao ban tuần");
        var thematic = fx.plan(title, null, MeetingFixtures.at(day, 7, 0), MeetingFixtures.at(day, 8, 0), Set.of(),
                Set.of(fx.unit("TTBC")));
        var briefing = management.schedule(fx.user("lanhdao"), new MeetingPlan(title, MeetingKind.WEEKLY_BRIEFING,
                thematic.chairId(), thematic.secretaryId(), thematic.startsAt(), thematic.endsAt(), null, true, null,
                null, null, Set.of(), thematic.unitIds(), java.util.List.of(), java.util.List.of()));

        assertThat(q.count(head, REPORT)).isEqualTo(headBefore + 1);
        assertThat(q.lists(head, REPORT, "/meetings/" + briefing.id() + "#unit-reports")).isTrue();
        assertThat(q.count(member, REPORT)).as("the unit's head sends its report").isEqualTo(memberBefore);
        var notice = q.notified(head.id(), "cần gửi báo cáo trước cuộc họp: " + title);
        assertThat(notice.link()).isEqualTo("/meetings/" + briefing.id() + "#unit-reports");

        proceedings.submitReport(head, briefing.id(), "Đã tổ chức 12 buổi tuyên truyền", "Tiếp tục", null);

        assertThat(q.count(head, REPORT)).isEqualTo(headBefore);
        q.cleared(head.id(), "cần gửi báo cáo trước cuộc họp: " + title);
    }
}
