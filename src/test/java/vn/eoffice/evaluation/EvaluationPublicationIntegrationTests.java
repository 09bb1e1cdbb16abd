package vn.eoffice.evaluation;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.eoffice.IntegrationTest;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.notifications.Notifier;
import vn.eoffice.platform.WaitingStep;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A period whose sheets are all decided waits in the leaders' queue for its publication, and notifies them; the
 * step clears when a leader publishes (docs/adr/0030).
 */
@IntegrationTest
class EvaluationPublicationIntegrationTests {

    @Autowired EvaluationFixtures fixtures;
    @Autowired EvaluationManagement management;
    @Autowired EvaluationQueries queries;
    @Autowired PublicationWork work;
    @Autowired Notifier notifier;

    long waiting(CurrentUser user) {
        return work.waitingFor(user).stream().filter(s -> s.kind().equals(PublicationWork.KIND))
                .mapToLong(WaitingStep::count).sum();
    }

    /** Each step of the sheet, down to the decision "Không hoàn thành" (no tasks: 25 points). */
    void decide(Long sheet, CurrentUser person, CurrentUser proposer, CurrentUser decider) {
        management.assessSelf(person, sheet, new SelfAssessment(new BigDecimal("25"), Rating.GOOD, "Hoàn thành"));
        management.propose(proposer, sheet, new Proposal(new BigDecimal("25"), new BigDecimal("80"), false, false,
                false, Rating.NOT_COMPLETED, "Không có công việc trong kỳ"));
        management.recordMeeting(proposer, sheet, new CollectiveMeeting(EvaluationFixtures.today(), "Thống nhất", 3,
                3, 0, Rating.NOT_COMPLETED));
        management.decide(decider, sheet, new Decision(Rating.NOT_COMPLETED, null));
    }

    @Test
    void aPeriodAllDecidedWaitsForItsPublicationAndClearsWhenPublished() {
        var office = fixtures.office(1);
        var second = fixtures.person("Lò Văn Phó", "Phó Trưởng ban", office.agencyId(), null,
                vn.eoffice.identity.Role.LEADER);
        var leader = office.leader();
        Long period = management.open(office.personnel(), EvaluationFixtures.thisQuarter(EvaluationRule.STATE_335));
        String step = PublicationWork.step(period);
        var people = java.util.List.of(office.officer(), office.head(), office.personnel(), office.outsider(),
                leader, second);
        var rows = queries.report(office.personnel(), period, null).rows();
        assertThat(rows).hasSize(people.size());
        for (var row : rows) {
            assertThat(waiting(leader)).as("sheets still undecided").isZero();
            assertThat(notifier.waitingOn(step)).isEmpty();
            var person = people.stream().filter(u -> u.id().equals(row.userId())).findFirst().orElseThrow();
            var other = person.equals(leader) ? second : leader;
            boolean byLeaders = queries.sheet(leader, row.sheetId()).sheet().byLeaders();
            decide(row.sheetId(), person, byLeaders ? other : office.head(), other);
        }
        assertThat(waiting(leader)).isEqualTo(1);
        assertThat(waiting(second)).isEqualTo(1);
        assertThat(work.firstWaiting(leader, PublicationWork.KIND, 5))
                .anyMatch(i -> i.link().equals("/evaluation/periods/" + period));
        assertThat(notifier.waitingOn(step)).containsExactlyInAnyOrder(leader.id(), second.id());
        assertThat(waiting(office.officer())).as("not a leader's").isZero();
        assertThat(waiting(office.personnel())).isZero();

        management.publish(second, period);
        assertThat(waiting(leader)).isZero();
        assertThat(notifier.waitingOn(step)).isEmpty();
    }
}
