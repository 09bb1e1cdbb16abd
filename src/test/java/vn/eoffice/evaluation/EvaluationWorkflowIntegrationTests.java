package vn.eoffice.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.eoffice.IntegrationTest;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.notifications.Notifier;
import vn.eoffice.organization.OrganizationManagement;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.WaitingStep;
import vn.eoffice.tasks.Priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An evaluation from the person's queue to the published rating (Nghị định 335/2025): the figures come from the tasks
 * he led; each step waits in the queue of whoever acts and notifies them; the decision respects the computed rating
 * and the 20% quota, with the numbers.
 */
@IntegrationTest
class EvaluationWorkflowIntegrationTests {

    @Autowired EvaluationFixtures fixtures;
    @Autowired EvaluationManagement management;
    @Autowired EvaluationQueries queries;
    @Autowired EvaluationWork work;
    @Autowired Notifier notifier;
    @Autowired OrganizationManagement organization;

    long waiting(CurrentUser user, SheetStatus status) {
        return work.waitingFor(user).stream().filter(s -> s.kind().equals(EvaluationWork.kind(status)))
                .mapToLong(WaitingStep::count).sum();
    }

    Long sheetOf(Long periodId, CurrentUser person) {
        return queries.history(person, person.id()).stream().filter(r -> r.periodId().equals(periodId)).findFirst()
                .orElseThrow().sheetId();
    }

    static SelfAssessment self(String general, Rating rating) {
        return new SelfAssessment(new BigDecimal(general), rating, "Hoàn thành các nhiệm vụ được giao");
    }

    static Proposal proposal(String general, Rating rating) {
        return new Proposal(new BigDecimal(general), null, false, false, false, rating, "Đồng ý");
    }

    static CollectiveMeeting meeting(Rating rating) {
        return new CollectiveMeeting(EvaluationFixtures.today(), "Tập thể thống nhất", 5, 4, 1, rating);
    }

    @Test
    void fromTheQueueThroughProposalMeetingAndDecisionToThePublishedRating() {
        var office = fixtures.office(1);
        var officer = office.officer();
        LocalDate today = EvaluationFixtures.today();
        for (int i = 0; i < 3; i++) {
            fixtures.doneTask(office, officer, today, true);
        }
        fixtures.doneTask(office, officer, today.minusDays(3), true);

        Long period = management.open(office.personnel(), EvaluationFixtures.thisQuarter(EvaluationRule.STATE_335));
        Long sheet = sheetOf(period, officer);
        assertThat(waiting(officer, SheetStatus.SELF)).isEqualTo(1);
        assertThat(notifier.waitingOn("evaluation:" + sheet + ":SELF")).containsExactly(officer.id());

        // 4 equal tasks, one late: c = (3 + 0.75) / 4 = 93.75%; 70 × 293.75 / 300 = 68.54 (ND 335, task results)
        var figures = queries.sheet(officer, sheet).figures();
        assertThat(figures.tasks().assigned()).isEqualTo(4);
        assertThat(figures.tasks().c()).isEqualByComparingTo("93.75");
        assertThat(figures.taskPoints()).isEqualByComparingTo("68.54");
        assertThat(queries.lines(officer, sheet)).hasSize(4).allMatch(TaskLine::link)
                .filteredOn(l -> l.delays() == 1).hasSize(1);

        management.assessSelf(officer, sheet, self("28", Rating.EXCELLENT));
        assertThat(waiting(officer, SheetStatus.SELF)).isZero();
        assertThat(notifier.waitingOn("evaluation:" + sheet + ":SELF")).isEmpty();
        assertThat(waiting(office.head(), SheetStatus.PROPOSAL)).isEqualTo(1);
        assertThat(notifier.waitingOn("evaluation:" + sheet + ":PROPOSAL")).containsExactly(office.head().id());
        assertThat(work.firstWaiting(office.head(), EvaluationWork.kind(SheetStatus.PROPOSAL), 5))
                .anyMatch(i -> i.link().equals("/evaluation/sheets/" + sheet));

        management.propose(office.head(), sheet, proposal("27", Rating.EXCELLENT));
        // 27 + 68.54 = 95.54: Hoàn thành xuất sắc by points
        assertThat(queries.sheet(office.head(), sheet).figures().total()).isEqualByComparingTo("95.54");
        assertThat(waiting(office.head(), SheetStatus.COLLECTIVE)).isEqualTo(1);
        management.recordMeeting(office.head(), sheet, meeting(Rating.EXCELLENT));
        assertThat(waiting(office.leader(), SheetStatus.DECISION)).isEqualTo(1);
        assertThat(notifier.waitingOn("evaluation:" + sheet + ":DECISION")).containsExactly(office.leader().id());

        // nobody rated "tốt" in the unit yet: 20% of 0 allows no "xuất sắc"
        assertThatThrownBy(() -> management.decide(office.leader(), sheet, new Decision(Rating.EXCELLENT, null)))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey",
                        "evaluation.quota.exceeded");
        assertThatThrownBy(() -> management.decide(office.leader(), sheet, new Decision(Rating.GOOD, " ")))
                .hasFieldOrPropertyWithValue("messageKey", "evaluation.decision.noteRequired");
        management.decide(office.leader(), sheet, new Decision(Rating.GOOD, "Tỷ lệ xuất sắc của phòng đã đủ"));
        assertThat(queries.sheet(officer, sheet).sheet().verdict().rating()).as("not yet published").isNull();
        assertThat(queries.sheet(office.head(), sheet).sheet().verdict().rating()).isEqualTo(Rating.GOOD);

        assertThat(management.publish(office.leader(), period)).isEqualTo(1);
        var published = queries.sheet(officer, sheet).sheet();
        assertThat(published.status()).isEqualTo(SheetStatus.PUBLISHED);
        assertThat(published.verdict().rating()).isEqualTo(Rating.GOOD);
        assertThat(published.verdict().points()).isEqualByComparingTo("95.54");
        assertThat(queries.history(officer, officer.id())).anyMatch(r -> r.sheetId().equals(sheet)
                && r.decided() == Rating.GOOD);
    }

    @Test
    void aDecisionCannotRateAboveTheFactsAndADisqualifierForcesNotCompleted() {
        var office = fixtures.office(2);
        var officer = office.officer();
        fixtures.doneTask(office, officer, EvaluationFixtures.today(), true);
        Long period = management.open(office.personnel(), EvaluationFixtures.thisQuarter(EvaluationRule.STATE_335));
        Long sheet = sheetOf(period, officer);
        management.assessSelf(officer, sheet, self("30", Rating.EXCELLENT));
        management.propose(office.head(), sheet, new Proposal(new BigDecimal("25"), null, false, true, false,
                Rating.NOT_COMPLETED, "Bị khiển trách trong năm"));
        var figures = queries.sheet(office.head(), sheet).figures();
        assertThat(figures.total()).isEqualByComparingTo("95.00");
        assertThat(figures.rating()).isEqualTo(Rating.NOT_COMPLETED);
        management.recordMeeting(office.head(), sheet, meeting(Rating.NOT_COMPLETED));
        assertThatThrownBy(() -> management.decide(office.leader(), sheet, new Decision(Rating.COMPLETED, "x")))
                .hasFieldOrPropertyWithValue("messageKey", "evaluation.decision.aboveComputed");
        management.decide(office.leader(), sheet, new Decision(Rating.NOT_COMPLETED, null));

        // a second officer with a task not done: a = 0, nothing to decide above "Không hoàn thành" at 25 points
        var second = office.officers().get(1);
        fixtures.task(office, second, EvaluationFixtures.today(), Priority.NORMAL);
        Long other = sheetOf(period, second);
        assertThat(queries.sheet(second, other).figures().tasks().a()).isEqualByComparingTo("0");
    }

    @Test
    void tenGoodAllowTwoExcellentAndTheThirdIsRefusedWithTheNumbers() {
        var office = fixtures.office(13);
        office.officers().forEach(o -> fixtures.doneTask(office, o, EvaluationFixtures.today(), true));
        Long period = management.open(office.personnel(), EvaluationFixtures.thisQuarter(EvaluationRule.STATE_335));
        var sheets = office.officers().stream().map(o -> sheetOf(period, o)).toList();
        for (int i = 0; i < 13; i++) {
            var o = office.officers().get(i);
            management.assessSelf(o, sheets.get(i), self("28", Rating.EXCELLENT));
            management.propose(office.head(), sheets.get(i), proposal("28", Rating.EXCELLENT));
            management.recordMeeting(office.head(), sheets.get(i), meeting(Rating.EXCELLENT));
        }
        for (int i = 0; i < 4; i++) {
            management.decide(office.leader(), sheets.get(i), new Decision(Rating.GOOD, "Theo tỷ lệ"));
        }
        // 4 "tốt" allow 0 "xuất sắc"
        assertThatThrownBy(() -> management.decide(office.leader(), sheets.get(12), new Decision(Rating.EXCELLENT,
                null))).hasFieldOrPropertyWithValue("messageKey", "evaluation.quota.exceeded");
        for (int i = 4; i < 10; i++) {
            management.decide(office.leader(), sheets.get(i), new Decision(Rating.GOOD, "Theo tỷ lệ"));
        }
        management.decide(office.leader(), sheets.get(10), new Decision(Rating.EXCELLENT, null));
        management.decide(office.leader(), sheets.get(11), new Decision(Rating.EXCELLENT, null));
        assertThatThrownBy(() -> management.decide(office.leader(), sheets.get(12), new Decision(Rating.EXCELLENT,
                null))).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.arguments())
                        .containsSubsequence(10, 2, 2));
        var report = queries.report(office.personnel(), period, office.unitId());
        assertThat(report.quotas()).singleElement().satisfies(q -> {
            assertThat(q.good()).isEqualTo(10);
            assertThat(q.excellent()).isEqualTo(2);
            assertThat(q.allowed()).isEqualTo(2);
        });
        assertThat(report.distribution().get(Rating.GOOD)).isEqualTo(10);
    }

    @Test
    void aPeriodOpensOnceAndOnlyThePersonnelOfficeOrLeadersOpenIt() {
        var office = fixtures.office(1);
        var form = EvaluationFixtures.thisQuarter(EvaluationRule.PARTY_366);
        assertThatThrownBy(() -> management.open(office.officer(), form))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> management.open(office.head(), form))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        management.open(office.leader(), form);
        assertThatThrownBy(() -> management.open(office.personnel(), form))
                .hasFieldOrPropertyWithValue("messageKey", "evaluation.period.exists");
        assertThatThrownBy(() -> management.open(office.personnel(), new PeriodForm(EvaluationRule.STATE_335,
                PeriodKind.QUARTER, 2027, 5))).hasFieldOrPropertyWithValue("messageKey",
                        "evaluation.period.number.range.QUARTER");
    }

    /** Quy định 366-QĐ/TW rates leaders and Party members by term too: the period is the agency's Party term. */
    @Test
    void aTermRatingRunsOverTheAgencysPartyTermAndOnlyUnder366() {
        var office = fixtures.office(1);
        var term = new PeriodForm(EvaluationRule.PARTY_366, PeriodKind.TERM, 2027, null);
        assertThatThrownBy(() -> management.open(office.personnel(), term))
                .hasFieldOrPropertyWithValue("messageKey", "evaluation.period.term.none");
        organization.addTerm(office.agencyId(), "2025–2030", LocalDate.of(2025, 10, 15),
                LocalDate.of(2030, 10, 14));
        assertThatThrownBy(() -> management.open(office.personnel(), new PeriodForm(EvaluationRule.STATE_335,
                PeriodKind.TERM, 2027, null))).hasFieldOrPropertyWithValue("messageKey",
                        "evaluation.period.term.party");

        Long id = management.open(office.personnel(), term);

        var period = queries.report(office.personnel(), id, null).period();
        assertThat(period.kind()).isEqualTo(PeriodKind.TERM);
        assertThat(period.firstDay()).isEqualTo(LocalDate.of(2025, 10, 15));
        assertThat(period.lastDay()).isEqualTo(LocalDate.of(2030, 10, 14));
        assertThat(period.name()).startsWith("Nhiệm kỳ 2025–2030");
        assertThat(queries.waiting(office.officer())).hasSize(1);
        assertThatThrownBy(() -> management.open(office.leader(), term))
                .hasFieldOrPropertyWithValue("messageKey", "evaluation.period.exists");
    }
}
