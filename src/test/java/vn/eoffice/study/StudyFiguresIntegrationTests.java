package vn.eoffice.study;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.eoffice.IntegrationTest;
import vn.eoffice.platform.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The figures count what the committees recorded: per committee and in total, percentages of registered and of
 * expected members; a commune reads only its own row and no total; the province-wide page sums the open programmes.
 */
@IntegrationTest
class StudyFiguresIntegrationTests {

    @Autowired StudyFixtures fixtures;
    @Autowired StudyProgrammes programmes;
    @Autowired StudyFigures figures;
    @Autowired JdbcTemplate jdbc;

    record Setup(StudyFixtures.Province province, ProgrammeView programme, CommitteeView first,
            CommitteeView second) {
    }

    Setup setup() {
        var province = fixtures.province();
        var programme = programmes.plan(province.officer(), StudyFixtures.form(province.communeIds()));
        var committees = programmes.committees(province.officer(), programme.id());
        var first = committees.stream().filter(c -> c.agencyId().equals(province.first().agencyId())).findFirst()
                .orElseThrow();
        var second = committees.stream().filter(c -> c.agencyId().equals(province.second().agencyId())).findFirst()
                .orElseThrow();
        programmes.expect(province.officer(), programme.id(), first.id(), 20);
        programmes.expect(province.second().clerk(), programme.id(), second.id(), 10);
        // first: 16 learners, 12 on time, 2 made up, 1 absent, 1 not marked; 10 reflections asked, 8 in, 6 graded
        StudyRows.write(jdbc, programme.id(), first.id(), first.agencyId(),
                new StudyRows.Mix(12, 2, 1, 1, 10, 8, 1, 2, 2, 1));
        // second: 8 learners, 4 on time, 4 absent, no reflection
        StudyRows.write(jdbc, programme.id(), second.id(), second.agencyId(),
                new StudyRows.Mix(4, 0, 4, 0, 0, 0, 0, 0, 0, 0));
        return new Setup(province, programme, first, second);
    }

    @Test
    void theOrganiserReadsEveryCommitteeAndTheTotal() {
        var s = setup();
        var f = figures.programme(s.province().leader(), s.programme().id(), "Tổng cộng");

        assertThat(f.rows()).hasSize(2);
        var first = f.rows().stream().filter(r -> r.committeeId().equals(s.first().id())).findFirst().orElseThrow();
        assertThat(first.expected()).isEqualTo(20);
        assertThat(first.registered()).isEqualTo(16);
        assertThat(first.studied()).isEqualTo(14);
        assertThat(first.present()).isEqualTo(12);
        assertThat(first.madeUp()).isEqualTo(2);
        assertThat(first.absent()).isEqualTo(1);
        assertThat(first.studiedOfRegistered()).isEqualTo(87.5);
        assertThat(first.studiedOfExpected()).isEqualTo(70.0);
        assertThat(first.reflectionsRequired()).isEqualTo(10);
        assertThat(first.submitted()).isEqualTo(8);
        assertThat(first.graded()).isEqualTo(6);
        assertThat(List.of(first.excellent(), first.good(), first.pass(), first.fail())).containsExactly(1L, 2L, 2L,
                1L);

        var total = f.total();
        assertThat(total.name()).isEqualTo("Tổng cộng");
        assertThat(total.expected()).isEqualTo(30);
        assertThat(total.registered()).isEqualTo(24);
        assertThat(total.studied()).isEqualTo(18);
        assertThat(total.absent()).isEqualTo(5);
        assertThat(total.studiedOfRegistered()).isEqualTo(75.0);
        assertThat(total.studiedOfExpected()).isEqualTo(60.0);
    }

    @Test
    void aCommuneReadsOnlyItsOwnRowAndNoTotal() {
        var s = setup();
        var f = figures.programme(s.province().second().clerk(), s.programme().id(), "Tổng cộng");

        assertThat(f.rows()).extracting(CommitteeFigures::committeeId).containsExactly(s.second().id());
        assertThat(f.rows().get(0).studiedOfRegistered()).isEqualTo(50.0);
        assertThat(f.showsTotal()).isFalse();
        assertThatThrownBy(() -> figures.programme(fixtures.province().first().clerk(), s.programme().id(), "T"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theProvinceWidePageSumsTheOpenProgrammesOnly() {
        var s = setup();
        assertThat(figures.province(s.province().leader(), "Tổng").programmes()).isEmpty();

        programmes.open(s.province().leader(), s.programme().id());
        var organiser = figures.province(s.province().leader(), "Tổng");
        assertThat(organiser.programmes()).extracting(p -> p.programme().id()).containsExactly(s.programme().id());
        assertThat(organiser.total().registered()).isEqualTo(24);

        var commune = figures.province(s.province().first().leader(), "Tổng");
        assertThat(commune.showsTotal()).isFalse();
        assertThat(commune.programmes()).singleElement().satisfies(p -> assertThat(p.rows())
                .extracting(CommitteeFigures::committeeId).containsExactly(s.first().id()));
    }
}
