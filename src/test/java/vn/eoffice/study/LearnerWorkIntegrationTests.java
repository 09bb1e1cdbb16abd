package vn.eoffice.study;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.WaitingStep;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committee's clerk finds the study in his queue — register learners, mark attendance, a make-up class for the
 * absent, reflections to grade — each step leaving once done; he is told once when the programme is open.
 */
@IntegrationTest
class LearnerWorkIntegrationTests {

    @Autowired LearnerFixtures fixtures;
    @Autowired LearnerWork work;
    @Autowired LearnerRegistry registry;
    @Autowired LearnerReflections reflections;
    @Autowired LearnerQueries queries;
    @Autowired LearnerReminders reminders;
    @Autowired JdbcTemplate jdbc;

    @Test
    void stepsAppearAndLeaveAsTheCommitteeWorks() {
        var study = fixtures.study(2);
        var clerk = study.commune().clerk();
        assertThat(count(clerk, "register")).isEqualTo(1);
        assertThat(work.firstWaiting(clerk, LearnerWork.KIND + "register", 5)).singleElement()
                .satisfies(i -> assertThat(i.link()).contains("committee=" + study.committeeId()));
        assertThat(work.waitingFor(study.commune().officer())).isEmpty();

        registry.register(clerk, study.programmeId(), study.committeeId(),
                new LearnerRegistration(Set.of("Chi bộ Bản Mớ", "Chi bộ Bản Phủ"), true));
        assertThat(count(clerk, "register")).isZero();
        assertThat(count(clerk, "attendance")).isEqualTo(5);

        var session = registry.hold(clerk, study.programmeId(), study.committeeId(),
                new StudySessionForm(SessionKind.CLASS, OfficeDate.today(), null));
        var rows = queries.page(clerk, study.programmeId(), study.committeeId(), null, 0).rows();
        var absent = rows.stream().filter(LearnerRow::reflectionRequired).findFirst().orElseThrow();
        registry.markAttendance(clerk, session.id(), new AttendanceSheet(null, Map.of(absent.id(), "Ốm")));
        assertThat(count(clerk, "attendance")).isZero();
        assertThat(count(clerk, "makeup")).isEqualTo(1);

        var makeUp = registry.hold(clerk, study.programmeId(), study.committeeId(),
                new StudySessionForm(SessionKind.MAKE_UP, OfficeDate.today(), "Nhà văn hóa"));
        registry.markMadeUp(clerk, makeUp.id(), Set.of(absent.id()));
        assertThat(count(clerk, "makeup")).isZero();

        reflections.submit(clerk, absent.id(), "Bài thu hoạch", null, null);
        assertThat(count(study.commune().leader(), "grade")).isEqualTo(1);
        reflections.grade(study.commune().leader(), absent.id(), ReflectionGrade.GOOD);
        assertThat(count(clerk, "grade")).isZero();
    }

    @Test
    void theCommitteeIsToldOnceThatTheProgrammeIsOpen() {
        var study = fixtures.study(1);
        reminders.sendDue(OfficeDate.today());
        reminders.sendDue(OfficeDate.today());
        var clerk = study.commune().clerk();
        String link = "%learners?committee=" + study.committeeId();
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = ? and link like ?",
                Long.class, clerk.id(), link)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = ? and link like ?",
                Long.class, study.commune().leader().id(), link)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = ?", Long.class,
                study.commune().officer().id())).isZero();

        registry.register(clerk, study.programmeId(), study.committeeId(),
                new LearnerRegistration(Set.of("Chi bộ Bản Mớ"), false));
        var due = jdbc.queryForObject("select reflection_due from study_programme where id = ?",
                java.time.LocalDate.class, study.programmeId());
        reminders.sendDue(due.minusDays(LearnerReminders.DAYS_BEFORE + 1));
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = ? and link like ?",
                Long.class, clerk.id(), link)).as("not yet: more than three days ahead").isEqualTo(1);
        reminders.sendDue(due.minusDays(2));
        reminders.sendDue(due.minusDays(1));
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = ? and link like ?",
                Long.class, clerk.id(), link)).as("told once that reflections are due").isEqualTo(2);
    }

    private long count(CurrentUser user, String kind) {
        return work.waitingFor(user).stream().filter(s -> s.kind().equals(LearnerWork.KIND + kind))
                .mapToLong(WaitingStep::count).sum();
    }
}
