package vn.eoffice.study;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A commune registers its learners from its roster, marks everyone present but the absent, holds a make-up class
 * for them; another commune learns nothing of it and the commission only reads.
 */
@IntegrationTest
class LearnerRegistryIntegrationTests {

    @Autowired LearnerFixtures fixtures;
    @Autowired LearnerRegistry registry;
    @Autowired LearnerQueries queries;
    @Autowired JdbcTemplate jdbc;

    @Test
    void registersCellsAndKeyLeadersWithTheirAudienceAndReflection() {
        var study = fixtures.study(3);
        var clerk = study.commune().clerk();

        int added = registry.register(clerk, study.programmeId(), study.committeeId(),
                new LearnerRegistration(Set.of("Chi bộ Bản Mớ"), true));
        assertThat(added).isEqualTo(4);
        assertThat(registry.register(clerk, study.programmeId(), study.committeeId(),
                new LearnerRegistration(Set.of("Chi bộ Bản Mớ", "Chi bộ Bản Phủ"), false))).isEqualTo(3);

        var page = queries.page(clerk, study.programmeId(), study.committeeId(), null, 0);
        assertThat(page.total()).isEqualTo(7);
        assertThat(page.rows()).filteredOn(r -> r.fullName().equals("Lò Văn Chủ")).singleElement()
                .satisfies(r -> {
                    assertThat(r.audience()).isEqualTo(Audience.KEY_LEADERS);
                    assertThat(r.reflectionRequired()).isFalse();
                });
        assertThat(page.rows()).filteredOn(r -> r.audience() == Audience.PARTY_MEMBERS)
                .allMatch(LearnerRow::reflectionRequired);
        assertThatThrownBy(() -> registry.register(clerk, study.programmeId(), study.committeeId(),
                new LearnerRegistration(Set.of(), false))).isInstanceOf(DomainException.class)
                .hasMessage("study.learner.register.nothing");
    }

    @Test
    void allPresentExceptTheAbsentThenAMakeUpClass() {
        var study = fixtures.study(3);
        var clerk = study.commune().clerk();
        registry.register(clerk, study.programmeId(), study.committeeId(),
                new LearnerRegistration(Set.of("Chi bộ Bản Mớ", "Chi bộ Bản Phủ"), true));
        var session = registry.hold(clerk, study.programmeId(), study.committeeId(),
                new StudySessionForm(SessionKind.CLASS, OfficeDate.today(), "Hội trường xã"));
        var rows = queries.page(clerk, study.programmeId(), study.committeeId(), "Chi bộ Bản Phủ", 0).rows();
        Long absent = rows.get(0).id();

        assertThatThrownBy(() -> registry.markAttendance(clerk, session.id(), new AttendanceSheet("Chi bộ Bản Phủ",
                Map.of(absent, " ")))).isInstanceOf(DomainException.class)
                .hasMessage("study.learner.reason.required");
        assertThat(counts(study).pending()).isEqualTo(7);

        registry.markAttendance(clerk, session.id(), new AttendanceSheet("Chi bộ Bản Phủ",
                Map.of(absent, "Đi công tác")));
        var totals = counts(study);
        assertThat(totals.present()).isEqualTo(2);
        assertThat(totals.absent()).isEqualTo(1);
        assertThat(totals.pending()).isEqualTo(4);

        var makeUp = registry.hold(clerk, study.programmeId(), study.committeeId(),
                new StudySessionForm(SessionKind.MAKE_UP, OfficeDate.today(), "Nhà văn hóa bản"));
        assertThatThrownBy(() -> registry.markMadeUp(clerk, makeUp.id(), Set.of(rows.get(1).id())))
                .isInstanceOf(DomainException.class).hasMessage("study.makeup.notAbsent");
        registry.markMadeUp(clerk, makeUp.id(), Set.of(absent));
        totals = counts(study);
        assertThat(totals.madeUp()).isEqualTo(1);
        assertThat(totals.absent()).isZero();
        assertThat(jdbc.queryForObject("select absence_reason from study_learner where id = ?", String.class, absent))
                .isEqualTo("Đi công tác");
    }

    @Test
    void anotherCommuneLearnsNothingAndTheCommissionOnlyReads() {
        var study = fixtures.study(2);
        var clerk = study.commune().clerk();
        registry.register(clerk, study.programmeId(), study.committeeId(),
                new LearnerRegistration(Set.of("Chi bộ Bản Mớ"), false));
        var other = study.province().second().clerk();

        assertThatThrownBy(() -> queries.page(other, study.programmeId(), study.committeeId(), null, 0))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> registry.register(other, study.programmeId(), study.committeeId(),
                new LearnerRegistration(Set.of("Chi bộ Bản Mớ"), false))).isInstanceOf(NotFoundException.class);
        var commission = study.province().officer();
        assertThat(queries.page(commission, study.programmeId(), study.committeeId(), null, 0).total()).isEqualTo(3);
        assertThat(queries.page(commission, study.programmeId(), study.committeeId(), null, 0).mayAct()).isFalse();
        assertThatThrownBy(() -> registry.hold(commission, study.programmeId(), study.committeeId(),
                new StudySessionForm(SessionKind.CLASS, OfficeDate.today(), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private LearnerCounts counts(LearnerFixtures.Study study) {
        return LearnerCounts.total(queries.counts(study.commune().clerk(), study.programmeId(), study.committeeId()));
    }
}
