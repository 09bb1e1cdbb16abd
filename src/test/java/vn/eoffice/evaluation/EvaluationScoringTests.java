package vn.eoffice.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Worked cases of Nghị định 335/2025/NĐ-CP (Điều 3 and the task-result formula: 30 general + 70 task points,
 * −25% per quality failure or delay, thresholds 90/70/50, disqualifiers) and of Quy định 366-QĐ/TW (ratings with
 * their conditions on timeliness, exceeding and lateness), and the 20% quota of 335/2025.
 */
class EvaluationScoringTests {

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static List<TaskFact> clean(int count) {
        return LongStream.rangeClosed(1, count).mapToObj(TaskFact::clean).toList();
    }

    static TaskFact late(long id) {
        return new TaskFact(id, BigDecimal.ONE, true, 0, 1, true, false);
    }

    static TaskFact exceeding(long id) {
        return new TaskFact(id, BigDecimal.ONE, true, 0, 0, false, true);
    }

    @Test
    void nd335AllTasksOnTimeWithQualityEarnTheFullSeventyPoints() {
        var result = Decree335.taskResult(clean(4));
        assertThat(result.a()).isEqualByComparingTo("100");
        assertThat(result.b()).isEqualByComparingTo("100");
        assertThat(result.c()).isEqualByComparingTo("100");
        assertThat(result.points()).isEqualByComparingTo("70.00");
        assertThat(Decree335.rating(Decree335.total(d("30"), result.points()), false)).isEqualTo(Rating.EXCELLENT);
    }

    @Test
    void nd335OneQualityFailureOnOneOfFourEqualTasksCostsAQuarterOfThatTasksQualityPoints() {
        var facts = new ArrayList<>(clean(3));
        facts.add(new TaskFact(4L, BigDecimal.ONE, true, 1, 0, false, false));
        var result = Decree335.taskResult(facts);
        // b = (3 + 0.75) / 4 = 93.75%; 70 × (100 + 93.75 + 100) / 300 = 68.5417
        assertThat(result.b()).isEqualByComparingTo("93.75");
        assertThat(result.points()).isEqualByComparingTo("68.54");
    }

    @Test
    void nd335TwoDelaysEachCostAQuarterOfTheirTasksTimelinessPoints() {
        var facts = new ArrayList<>(clean(2));
        facts.add(late(3));
        facts.add(late(4));
        var result = Decree335.taskResult(facts);
        // c = (2 + 0.75 + 0.75) / 4 = 87.5%; 70 × 287.5 / 300 = 67.0833
        assertThat(result.c()).isEqualByComparingTo("87.50");
        assertThat(result.points()).isEqualByComparingTo("67.08");
        assertThat(result.late()).isEqualTo(2);
        var twiceOnOne = Decree335.taskResult(List.of(TaskFact.clean(1L), new TaskFact(2L, BigDecimal.ONE, true, 0, 2,
                true, false)));
        // one task delayed twice keeps half its timeliness points: c = 1.5 / 2 = 75%
        assertThat(twiceOnOne.c()).isEqualByComparingTo("75.00");
    }

    @Test
    void nd335WeightsByKindCountATaskOfWeightTwoAsTwoTasks() {
        var urgentUndone = List.of(new TaskFact(1L, d("2"), false, 0, 0, false, false), TaskFact.clean(2L),
                TaskFact.clean(3L));
        // assigned weight 4, done 2: a = b = c = 50%: 35 points
        assertThat(Decree335.taskResult(urgentUndone).points()).isEqualByComparingTo("35.00");
        var normalUndone = List.of(new TaskFact(1L, d("2"), true, 0, 0, false, false),
                new TaskFact(2L, BigDecimal.ONE, false, 0, 0, false, false), TaskFact.clean(3L));
        // done 3 of 4: 75% each: 52.5 points
        assertThat(Decree335.taskResult(normalUndone).points()).isEqualByComparingTo("52.50");
    }

    @Test
    void nd335NoTaskAssignedScoresNoTaskPoints() {
        assertThat(Decree335.taskResult(List.of()).points()).isEqualByComparingTo("0");
    }

    @Test
    void nd335ADisqualifierForcesNotCompletedEvenAtNinetyFivePoints() {
        assertThat(Decree335.rating(d("95"), true)).isEqualTo(Rating.NOT_COMPLETED);
        assertThat(Decree335.rating(d("95"), false)).isEqualTo(Rating.EXCELLENT);
    }

    @ParameterizedTest(name = "ND 335: {0} points → {1}")
    @CsvSource({ "100, EXCELLENT", "90, EXCELLENT", "89.99, GOOD", "70, GOOD", "69.99, COMPLETED", "50, COMPLETED",
            "49.99, NOT_COMPLETED", "0, NOT_COMPLETED" })
    void nd335ThresholdsAreNinetySeventyFifty(String points, Rating expected) {
        assertThat(Decree335.rating(d(points), false)).isEqualTo(expected);
    }

    @Test
    void nd335LeaderAddsTheUnitsResultAndOrganisingAbility() {
        var own = Decree335.taskResult(clean(4));
        var weights = Decree335.LeaderWeights.DEFAULT;
        assertThat(Decree335.leaderPoints(own, true, d("100"), weights)).isEqualByComparingTo("70.00");
        // the unit at 50%: 70 × (0.5 + 0.3 × 0.5 + 0.2) = 59.5
        assertThat(Decree335.leaderPoints(own, false, d("100"), weights)).isEqualByComparingTo("59.50");
        // organising 60%: 70 × (0.5 + 0.3 + 0.2 × 0.6) = 64.4
        assertThat(Decree335.leaderPoints(own, true, d("60"), weights)).isEqualByComparingTo("64.40");
        // nobody he manages rated yet ("chưa có"): the unit part is left out, 70 × (0.5 + 0.2 × 0.6) / 0.7 = 62
        assertThat(Decree335.leaderPoints(own, null, d("60"), weights)).isEqualByComparingTo("62.00");
        assertThat(Decree335.leaderPoints(own, null, d("100"), weights)).isEqualByComparingTo("70.00");
    }

    static TaskResult tasks(int onTime, int late, int exceeding, int undone) {
        var facts = new ArrayList<TaskFact>();
        long id = 1;
        for (int i = 0; i < exceeding; i++) facts.add(exceeding(id++));
        for (int i = 0; i < onTime - exceeding; i++) facts.add(TaskFact.clean(id++));
        for (int i = 0; i < late; i++) facts.add(late(id++));
        for (int i = 0; i < undone; i++) facts.add(new TaskFact(id++, BigDecimal.ONE, false, 0, 0, false, false));
        return Decree335.taskResult(facts);
    }

    @Test
    void qd366ExcellentNeedsEveryTaskOnTimeAndThirtyPerCentExceeding() {
        var verdict = Regulation366.rate(d("92"), tasks(10, 0, 3, 0));
        assertThat(verdict.rating()).isEqualTo(Rating.EXCELLENT);
        assertThat(verdict.reasons()).isEmpty();
    }

    @Test
    void qd366NinetyPointsWithTwentyNinePerCentExceedingFallToGood() {
        var verdict = Regulation366.rate(d("95"), tasks(100, 0, 29, 0));
        assertThat(verdict.byPoints()).isEqualTo(Rating.EXCELLENT);
        assertThat(verdict.rating()).isEqualTo(Rating.GOOD);
        assertThat(verdict.reasons()).extracting(Regulation366.Reason::key)
                .containsExactly("evaluation.366.excellent.exceeding");
    }

    @Test
    void qd366NinetyPointsWithOneLateTaskFailBothOnTimeConditionsAndFallToCompleted() {
        var verdict = Regulation366.rate(d("95"), tasks(9, 1, 3, 0));
        assertThat(verdict.rating()).isEqualTo(Rating.COMPLETED);
        assertThat(verdict.reasons()).extracting(Regulation366.Reason::key).containsExactly(
                "evaluation.366.excellent.onTime", "evaluation.366.good.onTime");
        assertThat(verdict.reasons().get(0).arguments()).containsExactly("90");
    }

    @Test
    void qd366SixtyPointsWithTwentyOnePerCentLateIsNotCompletedAndTwentyPerCentIsCompleted() {
        assertThat(Regulation366.rate(d("60"), tasks(79, 21, 0, 0)).rating()).isEqualTo(Rating.NOT_COMPLETED);
        assertThat(Regulation366.rate(d("60"), tasks(80, 20, 0, 0)).rating()).isEqualTo(Rating.COMPLETED);
    }

    @Test
    void qd366ATaskNotDoneDeniesEvenCompleted() {
        var verdict = Regulation366.rate(d("75"), tasks(9, 0, 0, 1));
        assertThat(verdict.rating()).isEqualTo(Rating.NOT_COMPLETED);
        assertThat(verdict.reasons()).extracting(Regulation366.Reason::key).containsExactly(
                "evaluation.366.good.onTime", "evaluation.366.completed.done");
    }

    @Test
    void qd366BelowFiftyPointsIsNotCompletedWithoutReasons() {
        var verdict = Regulation366.rate(d("49.99"), tasks(10, 0, 0, 0));
        assertThat(verdict.rating()).isEqualTo(Rating.NOT_COMPLETED);
        assertThat(verdict.reasons()).isEmpty();
    }

    @Test
    void nd335QuotaTenGoodAllowTwoExcellentTheThirdIsRefusedFourGoodAllowNone() {
        assertThat(new Quota("unit", 10, 0, 20).allowed()).isEqualTo(2);
        assertThat(new Quota("unit", 10, 1, 20).allowsOneMore()).isTrue();
        assertThat(new Quota("unit", 10, 2, 20).allowsOneMore()).isFalse();
        assertThat(new Quota("unit", 4, 0, 20).allowed()).isZero();
        assertThat(new Quota("unit", 4, 0, 20).allowsOneMore()).isFalse();
        assertThat(new Quota("unit", 5, 0, 20).allowsOneMore()).isTrue();
    }
}
