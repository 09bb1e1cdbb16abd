package vn.eoffice.study;

import java.io.ByteArrayInputStream;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.eoffice.IntegrationTest;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The committee enters its learners' reflections (text or file), marks late ones, and grades them. */
@IntegrationTest
class ReflectionIntegrationTests {

    @Autowired LearnerFixtures fixtures;
    @Autowired LearnerRegistry registry;
    @Autowired LearnerReflections reflections;
    @Autowired LearnerQueries queries;
    @Autowired JdbcTemplate jdbc;

    @Test
    void submittedOnTimeOrLateThenGraded() {
        var study = fixtures.study(3);
        var clerk = study.commune().clerk();
        registry.register(clerk, study.programmeId(), study.committeeId(),
                new LearnerRegistration(Set.of("Chi bộ Bản Mớ"), true));
        var rows = queries.page(clerk, study.programmeId(), study.committeeId(), null, 0).rows().stream()
                .filter(LearnerRow::reflectionRequired).toList();
        var leader = queries.page(clerk, study.programmeId(), study.committeeId(), null, 0).rows().stream()
                .filter(r -> !r.reflectionRequired()).findFirst().orElseThrow();

        reflections.submit(clerk, rows.get(0).id(), "Nhận thức sâu sắc về phát triển văn hóa", null, null);
        reflections.submit(clerk, rows.get(1).id(), null, "thu-hoach.pdf",
                new ByteArrayInputStream(vn.eoffice.files.TestFiles.pdf("Bài thu hoạch")));
        // the due day has passed for this one: submitted after it
        jdbc.update("update study_learner set submitted_at = submitted_at + interval '60' day where id = ?",
                rows.get(1).id());
        assertThatThrownBy(() -> reflections.submit(clerk, rows.get(2).id(), " ", null, null))
                .isInstanceOf(DomainException.class).hasMessage("study.reflection.empty");
        assertThatThrownBy(() -> reflections.submit(clerk, leader.id(), "Không bắt buộc", null, null))
                .isInstanceOf(DomainException.class).hasMessage("study.reflection.notRequired");
        assertThatThrownBy(() -> reflections.grade(clerk, rows.get(2).id(), ReflectionGrade.GOOD))
                .isInstanceOf(DomainException.class).hasMessage("study.reflection.notSubmitted");

        reflections.grade(study.commune().leader(), rows.get(0).id(), ReflectionGrade.EXCELLENT);
        var totals = LearnerCounts.total(queries.counts(clerk, study.programmeId(), study.committeeId()));
        assertThat(totals.required()).isEqualTo(3);
        assertThat(totals.onTime()).isEqualTo(1);
        assertThat(totals.late()).isEqualTo(1);
        assertThat(totals.graded()).isEqualTo(1);
        assertThat(totals.excellent()).isEqualTo(1);
        assertThat(queries.page(clerk, study.programmeId(), study.committeeId(), null, 0).rows())
                .filteredOn(r -> r.id().equals(rows.get(1).id())).singleElement()
                .satisfies(r -> assertThat(r.late()).isTrue());
        assertThat(reflections.file(clerk, rows.get(1).id())).isNotNull();
        assertThatThrownBy(() -> reflections.file(study.province().second().clerk(), rows.get(1).id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reflections.submit(clerk, rows.get(0).id(), "Nộp lại", null, null))
                .isInstanceOf(DomainException.class).hasMessage("study.reflection.alreadyGraded");
    }
}
