package vn.eoffice.succession;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.notifications.Notifier;
import vn.eoffice.organization.AgencyCatalog;
import vn.eoffice.people.CadreForm;
import vn.eoffice.people.Ethnicity;
import vn.eoffice.people.Gender;
import vn.eoffice.people.PeopleManagement;
import vn.eoffice.people.TheoryLevel;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.QueueAssertions;
import vn.eoffice.platform.WorkQueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A plan's life: drafted and submitted by the personnel office, waiting in the leaders' queue with a notice, approved
 * by a decision, then changed at a review only with a reason; a yearly review due waits in the office's queue with a
 * notice until it is recorded. Every step is in the plan's history.
 */
@IntegrationTest
class SuccessionWorkflowIntegrationTests {

    @Autowired SuccessionFixtures fixtures;
    @Autowired SuccessionManagement management;
    @Autowired SuccessionQueries queries;
    @Autowired SuccessionSettings settings;
    @Autowired ReviewReminders reminders;
    @Autowired PeopleManagement people;
    @Autowired AgencyCatalog catalog;
    @Autowired WorkQueue queue;
    @Autowired Notifier notifier;
    @Autowired JdbcTemplate jdbc;

    QueueAssertions queues() {
        return new QueueAssertions(queue, notifier);
    }

    long unread(String username, String link) {
        return jdbc.queryForObject("select count(*) from notification n join app_user u on u.id = n.recipient_id"
                + " where u.username = ? and n.link = ? and n.read_at is null", Long.class, username, link);
    }

    @Test
    void aPlanIsSubmittedWaitsForTheLeadersAndIsApprovedByADecision() {
        var term = fixtures.term();
        Long plan = fixtures.plan(term);
        var clerk = fixtures.as("vanthu");
        assertThatThrownBy(() -> management.submit(clerk, plan)).extracting("messageKey")
                .isEqualTo("succession.rule.empty");
        Long post = fixtures.post("Phó phòng quy trình", LeadershipLevel.UNIT_DEPUTY);
        Long candidate = fixtures.add(plan, post, fixtures.cadre(SuccessionFixtures.unique("Người trình"), 38,
                term.startDate()));
        management.submit(fixtures.as("vanthu"), plan);

        String link = "/succession/" + plan;
        var leader = fixtures.as("lanhdao");
        assertThat(unread("lanhdao", link)).isEqualTo(1);
        assertThat(unread("truongban", link)).isEqualTo(1);
        assertThat(unread("vanthu", link)).isZero();
        assertThat(queues().count(leader, SuccessionWork.APPROVE)).isPositive();
        assertThat(queues().lists(leader, SuccessionWork.APPROVE, link)).isTrue();
        assertThat(queues().count(fixtures.as("chuyenvien"), SuccessionWork.APPROVE)).isEqualTo(-1);
        assertThat(queues().count(fixtures.as("vanthu"), SuccessionWork.APPROVE)).isEqualTo(-1);

        // nothing changes while it waits; the office does not approve
        assertThatThrownBy(() -> fixtures.add(plan, post, fixtures.cadre(SuccessionFixtures.unique("Muộn"), 40,
                term.startDate()))).extracting("messageKey").isEqualTo("succession.rule.waiting");
        assertThatThrownBy(() -> management.approve(fixtures.as("vanthu"), plan, new ApprovalForm("01-QĐ/BTGDVTU",
                OfficeDate.today()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> management.approve(fixtures.as("lanhdao"), plan, new ApprovalForm("01-QĐ/BTGDVTU",
                OfficeDate.today().plusDays(1)))).extracting("messageKey").isEqualTo("succession.rule.decisionFuture");

        management.approve(fixtures.as("lanhdao"), plan, new ApprovalForm("125-QĐ/BTGDVTU", OfficeDate.today()));
        assertThat(unread("lanhdao", link)).isZero();
        assertThat(unread("truongban", link)).isZero();
        assertThat(queues().lists(fixtures.as("lanhdao"), SuccessionWork.APPROVE, link)).isFalse();

        // after approval, a change is a review's: with its reason
        Long late = fixtures.cadre(SuccessionFixtures.unique("Bổ sung"), 33, term.startDate());
        assertThatThrownBy(() -> fixtures.add(plan, post, late)).extracting("messageKey")
                .isEqualTo("succession.rule.reviewReason");
        management.addCandidate(fixtures.as("vanthu"), plan, new CandidateForm(post, late, null,
                "Bổ sung theo kết quả rà soát"));
        management.removeCandidate(fixtures.as("vanthu"), plan, candidate, new RemovalForm("Nghỉ hưu trước tuổi"));

        var view = queries.plan(fixtures.as("lanhdao"), plan);
        assertThat(view.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(view.decisionNumber()).isEqualTo("125-QĐ/BTGDVTU");
        assertThat(view.history()).extracting(HistoryLine::kind).containsExactly("CREATED", "CANDIDATE_ADDED",
                "SUBMITTED", "APPROVED", "CANDIDATE_ADDED", "CANDIDATE_REMOVED");
        assertThat(view.history().get(5).detail()).endsWith("Nghỉ hưu trước tuổi");
        assertThat(view.posts().stream().filter(p -> p.post().id().equals(post)).findFirst().orElseThrow()
                .removed()).extracting(CandidateView::removalReason).containsExactly("Nghỉ hưu trước tuổi");
    }

    @Test
    void aLeaderSendsAPlanBackAndTheOfficeChangesItAgain() {
        var term = fixtures.term();
        Long plan = fixtures.plan(term);
        Long post = fixtures.post("Phó phòng trả lại", LeadershipLevel.UNIT_DEPUTY);
        fixtures.add(plan, post, fixtures.cadre(SuccessionFixtures.unique("Trả lại"), 41, term.startDate()));
        management.submit(fixtures.as("vanthu"), plan);
        management.sendBack(fixtures.as("truongban"), plan, new RemovalForm("Bổ sung cán bộ nữ"));
        assertThat(unread("lanhdao", "/succession/" + plan)).isZero();
        fixtures.add(plan, post, fixtures.cadre(SuccessionFixtures.unique("Nữ bổ sung"), LocalDate.of(1990, 5, 5),
                Gender.FEMALE, Ethnicity.THAI, "Đại học", TheoryLevel.INTERMEDIATE));
        assertThat(queries.plan(fixtures.as("vanthu"), plan).status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void aYearlyReviewDueWaitsForThePersonnelOfficeUntilItIsRecorded() {
        var clerk = fixtures.as("vanthuxa");
        var term = catalog.terms(clerk.agencyId()).stream().filter(t -> t.includes(OfficeDate.today())).findFirst()
                .orElseThrow();
        Long plan = management.create(clerk, term.id());
        Long post = settings.addPost(clerk, new PostForm(null, "Phó Bí thư " + UUID.randomUUID(),
                LeadershipLevel.DEPUTY_HEAD));
        Long cadre = people.create(clerk, new CadreForm(null, clerk.unitId(), SuccessionFixtures.unique("Lò Văn Xã"),
                LocalDate.of(1988, 3, 3), Gender.MALE, Ethnicity.THAI, null, null, null, null, "Đại học",
                TheoryLevel.ADVANCED, null, null));
        management.addCandidate(clerk, plan, new CandidateForm(post, cadre, null, null));
        assertThatThrownBy(() -> management.completeReview(fixtures.as("vanthuxa"), plan))
                .isInstanceOf(DomainException.class);
        management.submit(fixtures.as("vanthuxa"), plan);
        management.approve(fixtures.as("bithuxa"), plan, new ApprovalForm("09-QĐ/ĐU",
                LocalDate.of(OfficeDate.today().getYear() - 1, 12, 20)));

        String link = "/succession/" + plan;
        assertThat(queries.plan(fixtures.as("vanthuxa"), plan).reviewDue()).isTrue();
        assertThat(queues().lists(fixtures.as("vanthuxa"), SuccessionWork.REVIEW, link)).isTrue();
        assertThat(reminders.remind()).isPositive();
        assertThat(unread("vanthuxa", link)).isEqualTo(1);
        reminders.remind();
        assertThat(unread("vanthuxa", link)).as("told once").isEqualTo(1);
        assertThat(unread("chuyenvienxa", link)).isZero();
        assertThat(unread("vanthu", link)).isZero();

        management.completeReview(fixtures.as("vanthuxa"), plan);
        assertThat(unread("vanthuxa", link)).isZero();
        var view = queries.plan(fixtures.as("vanthuxa"), plan);
        assertThat(view.reviewDue()).isFalse();
        assertThat(view.reviewedYear()).isEqualTo(OfficeDate.today().getYear());
        assertThat(queues().lists(fixtures.as("vanthuxa"), SuccessionWork.REVIEW, link)).isFalse();
    }
}
