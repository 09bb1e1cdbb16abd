package vn.eoffice.evaluation;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.eoffice.IntegrationTest;
import vn.eoffice.tasks.Priority;
import vn.eoffice.tasks.TaskManagement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facts of a period are those of its days (docs/adr/0030): a return for rework made in an earlier period is not a
 * quality failure of this one (Nghị định 335/2025, task results "trong kỳ đánh giá").
 */
@IntegrationTest
class EvaluationPeriodFactsIntegrationTests {

    @Autowired EvaluationFixtures fixtures;
    @Autowired EvaluationManagement management;
    @Autowired EvaluationQueries queries;
    @Autowired TaskManagement tasks;
    @Autowired JdbcTemplate jdbc;

    Long sheetOf(Long periodId, vn.eoffice.identity.CurrentUser person) {
        return queries.history(person, person.id()).stream().filter(r -> r.periodId().equals(periodId)).findFirst()
                .orElseThrow().sheetId();
    }

    /** A task completed, returned, completed again and accepted today with quality. */
    Long returnedOnce(EvaluationFixtures.Office office, vn.eoffice.identity.CurrentUser lead) {
        Long id = fixtures.task(office, lead, EvaluationFixtures.today(), Priority.NORMAL);
        tasks.complete(id, lead, "Đã xong");
        tasks.returnForRework(id, office.leader(), "Cần bổ sung số liệu");
        tasks.complete(id, lead, "Đã bổ sung");
        tasks.accept(id, office.leader(), true, null);
        return id;
    }

    @Test
    void aReturnInAnEarlierPeriodIsNotAFailureOfThisOne() {
        var office = fixtures.office(2);
        var early = office.officers().get(0);
        var now = office.officers().get(1);
        Long old = returnedOnce(office, early);
        returnedOnce(office, now);
        // the first task's return happened 200 days ago, in an earlier quarter
        jdbc.update("update task_event set occurred_at = ? where task_id = ? and kind = 'RETURNED'",
                Timestamp.from(Instant.now().minus(200, ChronoUnit.DAYS)), old);

        Long period = management.open(office.personnel(), EvaluationFixtures.thisQuarter(EvaluationRule.STATE_335));
        var earlier = queries.sheet(early, sheetOf(period, early)).figures().tasks();
        assertThat(earlier.b()).as("returned in an earlier quarter: no failure now").isEqualByComparingTo("100");
        assertThat(queries.lines(early, sheetOf(period, early))).singleElement()
                .satisfies(l -> assertThat(l.qualityFailures()).isZero());
        // returned in this quarter: one failure, −25% of its quality points: b = 75
        var within = queries.sheet(now, sheetOf(period, now)).figures().tasks();
        assertThat(within.b()).isEqualByComparingTo("75");
    }

    @Test
    void aUnitHeadsUnitShareIsNotCountedWhileNobodyIsRated() {
        var office = fixtures.office(1);
        fixtures.doneTask(office, office.head(), EvaluationFixtures.today(), true);
        fixtures.doneTask(office, office.officer(), EvaluationFixtures.today(), true);
        Long period = management.open(office.personnel(), EvaluationFixtures.thisQuarter(EvaluationRule.STATE_335));
        Long head = sheetOf(period, office.head());
        var before = queries.sheet(office.head(), head).figures();
        assertThat(before.unitAllCompleted()).as("chưa có").isNull();
        // own 0.5 × 100%, organising not scored: 70 × 0.5 / (0.5 + 0.2) = 50 — not 70 × (0.5 + 0.3) = 56
        assertThat(before.taskPoints()).isEqualByComparingTo("50.00");

        var officer = office.officer();
        Long sheet = sheetOf(period, officer);
        management.assessSelf(officer, sheet, new SelfAssessment(new java.math.BigDecimal("25"),
                Rating.COMPLETED, "Hoàn thành"));
        management.propose(office.head(), sheet, new Proposal(new java.math.BigDecimal("25"), null, false, false,
                false, Rating.COMPLETED, "Đồng ý"));
        var after = queries.sheet(office.head(), head).figures();
        assertThat(after.unitAllCompleted()).isTrue();
        assertThat(after.taskPoints()).isEqualByComparingTo("56.00");
    }
}
