package vn.eoffice.succession;

import java.time.LocalDate;
import java.util.ArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.eoffice.IntegrationTest;
import vn.eoffice.people.CourseForm;
import vn.eoffice.people.CourseKind;
import vn.eoffice.people.Ethnicity;
import vn.eoffice.people.Gender;
import vn.eoffice.people.TheoryLevel;
import vn.eoffice.people.TrainingRecords;
import vn.eoffice.people.EducationLevel;
import vn.eoffice.platform.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Quy định 377-QĐ/TW's limits and a level's standards, each at its boundary: the third candidate of a post passes and
 * the fourth is refused, a cadre's third post of a level passes and the fourth is refused, a post not above the one
 * held is refused, and what a candidate lacks is listed in words (an age exactly at the limit passes).
 */
@IntegrationTest
class SuccessionRulesIntegrationTests {

    @Autowired SuccessionFixtures fixtures;
    @Autowired SuccessionManagement management;
    @Autowired SuccessionQueries queries;
    @Autowired SuccessionSettings settings;
    @Autowired TrainingRecords training;

    @Test
    void aFourthCandidateForAPostIsRefused() {
        var term = fixtures.term();
        Long plan = fixtures.plan(term);
        Long post = fixtures.post("Phó Trưởng phòng thử", LeadershipLevel.UNIT_DEPUTY);
        var cadres = new ArrayList<Long>();
        for (int i = 0; i < 4; i++) {
            cadres.add(fixtures.cadre(SuccessionFixtures.unique("Cán bộ " + i), 35, term.startDate()));
        }
        for (int i = 0; i < 3; i++) {
            fixtures.add(plan, post, cadres.get(i));
        }
        assertThatThrownBy(() -> fixtures.add(plan, post, cadres.get(3))).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("succession.rule.postFull");
        // a removed candidate frees his place
        Long first = queries.plan(fixtures.as("vanthu"), plan).candidates().get(0).id();
        management.removeCandidate(fixtures.as("vanthu"), plan, first, new RemovalForm("Chuyển công tác"));
        fixtures.add(plan, post, cadres.get(3));
        assertThat(queries.plan(fixtures.as("vanthu"), plan).candidates()).hasSize(3);
    }

    @Test
    void aCadreInAFourthPostOfOneLevelIsRefused() {
        var term = fixtures.term();
        Long plan = fixtures.plan(term);
        Long cadre = fixtures.cadre(SuccessionFixtures.unique("Lò Văn Bốn"), 40, term.startDate());
        for (int i = 0; i < 3; i++) {
            fixtures.add(plan, fixtures.post("Phó phòng " + i, LeadershipLevel.UNIT_DEPUTY), cadre);
        }
        Long fourth = fixtures.post("Phó phòng 3", LeadershipLevel.UNIT_DEPUTY);
        assertThatThrownBy(() -> fixtures.add(plan, fourth, cadre)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("succession.rule.levelFull");
        // another level is another count
        fixtures.add(plan, fixtures.post("Trưởng phòng", LeadershipLevel.UNIT_HEAD), cadre);
        assertThat(queries.plan(fixtures.as("vanthu"), plan).candidates()).hasSize(4);
    }

    @Test
    void onlyAPostAboveTheOneHeldIsPlannedFor() {
        var term = fixtures.term();
        Long plan = fixtures.plan(term);
        Long head = fixtures.cadre(SuccessionFixtures.unique("Trưởng phòng đương nhiệm"), 45, term.startDate());
        fixtures.heldPost(head, LeadershipLevel.UNIT_HEAD);
        Long lower = fixtures.post("Phó phòng", LeadershipLevel.UNIT_DEPUTY);
        Long same = fixtures.post("Trưởng phòng khác", LeadershipLevel.UNIT_HEAD);
        Long higher = fixtures.post("Phó Trưởng ban", LeadershipLevel.DEPUTY_HEAD);
        assertThatThrownBy(() -> fixtures.add(plan, lower, head)).extracting("messageKey")
                .isEqualTo("succession.rule.notHigher");
        assertThatThrownBy(() -> fixtures.add(plan, same, head)).extracting("messageKey")
                .isEqualTo("succession.rule.notHigher");
        fixtures.add(plan, higher, head);
        assertThatThrownBy(() -> fixtures.add(plan, higher, head)).extracting("messageKey")
                .isEqualTo("succession.rule.already");
    }

    @Test
    void whatACandidateLacksIsListedAndAnAgeExactlyAtTheLimitPasses() {
        var clerk = fixtures.as("vanthu");
        settings.saveStandard(clerk, new StandardView(LeadershipLevel.UNIT_DEPUTY, 45, TheoryLevel.INTERMEDIATE,
                EducationLevel.UNIVERSITY, true));
        try {
            var term = fixtures.term();
            Long plan = fixtures.plan(term);
            Long post = fixtures.post("Phó phòng tiêu chuẩn", LeadershipLevel.UNIT_DEPUTY);
            var start = term.startDate();
            // 45 on the term's first day (46 the day after): at the limit, passes
            Long atLimit = fixtures.cadre(SuccessionFixtures.unique("Đủ tuổi"), start.minusYears(46).plusDays(1),
                    Gender.FEMALE, Ethnicity.THAI, "Đại học Luật", TheoryLevel.INTERMEDIATE);
            training.add(clerk, atLimit, new CourseForm(CourseKind.STATE_MANAGEMENT, "Quản lý nhà nước ngạch chuyên"
                    + " viên chính", "Học viện Hành chính", start.minusYears(2), start.minusYears(2).plusDays(30),
                    "Đạt", null));
            // 46 on the term's first day, elementary theory, a college diploma, no state-management course
            Long over = fixtures.cadre(SuccessionFixtures.unique("Quá tuổi"), start.minusYears(46), Gender.MALE,
                    Ethnicity.KINH, "Cao đẳng", TheoryLevel.ELEMENTARY);
            Long a = fixtures.add(plan, post, atLimit);
            Long b = fixtures.add(plan, post, over);
            var view = queries.plan(fixtures.as("vanthu"), plan);
            var passing = view.candidates().stream().filter(c -> c.id().equals(a)).findFirst().orElseThrow();
            var failing = view.candidates().stream().filter(c -> c.id().equals(b)).findFirst().orElseThrow();
            assertThat(passing.missing()).isEmpty();
            assertThat(passing.meetsStandards()).isTrue();
            assertThat(failing.missing()).containsExactly(
                    "Quá tuổi quy hoạch lần đầu: 46 tuổi khi bắt đầu nhiệm kỳ (tối đa 45)",
                    "Chưa có trình độ lý luận chính trị trung cấp",
                    "Chưa có trình độ chuyên môn đại học",
                    "Chưa bồi dưỡng kiến thức quản lý nhà nước");
        } finally {
            fixtures.defaults(LeadershipLevel.UNIT_DEPUTY);
        }
    }

    @Test
    void theStructureIsCountedOnAWorkedExample() {
        var clerk = fixtures.as("vanthu");
        settings.saveTargets(clerk, new Targets(45, 15, 15, 20));
        var term = fixtures.term();
        Long plan = fixtures.plan(term);
        Long post1 = fixtures.post("Phó phòng cơ cấu 1", LeadershipLevel.UNIT_DEPUTY);
        Long post2 = fixtures.post("Phó phòng cơ cấu 2", LeadershipLevel.UNIT_DEPUTY);
        Long post3 = fixtures.post("Trưởng phòng cơ cấu", LeadershipLevel.UNIT_HEAD);
        LocalDate start = term.startDate();
        // six people: 30 and 44 are young, 45 (the limit) is not; one woman; one Mông (an ethnic minority)
        Long young = fixtures.cadre(SuccessionFixtures.unique("Trẻ"), start.minusYears(30), Gender.FEMALE,
                Ethnicity.KINH, "Đại học", TheoryLevel.INTERMEDIATE);
        Long young2 = fixtures.cadre(SuccessionFixtures.unique("Trẻ hai"), start.minusYears(44), Gender.MALE,
                Ethnicity.MONG, "Đại học", TheoryLevel.INTERMEDIATE);
        Long notYoung = fixtures.cadre(SuccessionFixtures.unique("Bốn lăm"), start.minusYears(45), Gender.MALE,
                Ethnicity.KINH, "Đại học", TheoryLevel.INTERMEDIATE);
        var others = new ArrayList<Long>();
        for (int age : new int[] { 48, 50, 52 }) {
            others.add(fixtures.cadre(SuccessionFixtures.unique("Kinh " + age), age, start));
        }
        fixtures.add(plan, post1, young);
        fixtures.add(plan, post2, young);
        fixtures.add(plan, post1, young2);
        fixtures.add(plan, post1, notYoung);
        fixtures.add(plan, post2, others.get(0));
        fixtures.add(plan, post2, others.get(1));
        fixtures.add(plan, post3, others.get(2));
        // a removed candidate no longer counts
        Long removed = fixtures.add(plan, post3, fixtures.cadre(SuccessionFixtures.unique("Đã rút"), start.minusYears(
                28), Gender.FEMALE, Ethnicity.THAI, "Đại học", TheoryLevel.INTERMEDIATE));
        management.removeCandidate(clerk, plan, removed, new RemovalForm("Không đủ sức khỏe"));

        var structure = queries.plan(fixtures.as("vanthu"), plan).structure();
        assertThat(structure.total()).isEqualTo(6);
        assertThat(structure.young()).isEqualTo(2);
        assertThat(structure.youngShare()).hasToString("33.3");
        assertThat(structure.youngMet()).isTrue();
        assertThat(structure.female()).isEqualTo(1);
        assertThat(structure.femaleShare()).hasToString("16.7");
        assertThat(structure.femaleMet()).isTrue();
        assertThat(structure.minority()).isEqualTo(1);
        assertThat(structure.minorityShare()).hasToString("16.7");
        assertThat(structure.minorityMet()).isFalse();
    }

    @Test
    void aVoteIsRecordedWithItsShareAndImpossibleCountsAreRefused() {
        var term = fixtures.term();
        Long plan = fixtures.plan(term);
        Long post = fixtures.post("Phó phòng phiếu", LeadershipLevel.UNIT_DEPUTY);
        Long candidate = fixtures.add(plan, post, fixtures.cadre(SuccessionFixtures.unique("Được giới thiệu"), 36,
                term.startDate()));
        var clerk = fixtures.as("vanthu");
        assertThatThrownBy(() -> management.recordVote(clerk, plan, candidate, new Ballots(12, 13, 5)))
                .extracting("messageKey").isEqualTo("succession.rule.validAboveIssued");
        assertThatThrownBy(() -> management.recordVote(clerk, plan, candidate, new Ballots(12, 11, 12)))
                .extracting("messageKey").isEqualTo("succession.rule.forAboveValid");
        management.recordVote(clerk, plan, candidate, new Ballots(12, 11, 7));
        var ballots = queries.plan(clerk, plan).candidates().get(0).ballots();
        assertThat(ballots.inFavour()).isEqualTo(7);
        assertThat(ballots.share()).hasToString("58.3");
    }
}
