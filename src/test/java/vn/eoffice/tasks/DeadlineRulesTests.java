package vn.eoffice.tasks;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.eoffice.platform.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadlineRulesTests {

    private static final LocalDate START = LocalDate.of(2026, 12, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 15);

    private static Task task(LocalDate start, LocalDate deadline) {
        var assignment = new Assignment(1L, "Báo cáo tháng", null, null, 10L, Party.unit(5L), null, null, start,
                deadline, null, null);
        return new Task(assignment, null, 5L, start, Instant.parse("2026-12-01T01:00:00Z"));
    }

    @Test
    void subTaskMayEndOnTheParentsDeadline() {
        task(START, DEADLINE).checkChildDeadline(DEADLINE);
    }

    @Test
    void subTaskCannotEndAfterItsParent() {
        assertThatThrownBy(() -> task(START, DEADLINE).checkChildDeadline(DEADLINE.plusDays(1)))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("task.deadline.afterParent");
    }

    @Test
    void deadlineCannotPrecedeTheStart() {
        assertThatThrownBy(() -> task(DEADLINE, START))
                .isInstanceOf(DomainException.class).hasMessage("task.deadline.beforeStart");
    }

    @Test
    void extensionMustAskForALaterDeadline() {
        assertThatThrownBy(() -> new ExtensionRequest(1L, 2L, Instant.now(), DEADLINE, DEADLINE, "bận"))
                .isInstanceOf(DomainException.class).hasMessage("task.extension.notLater");
    }

    @Test
    void completedTaskCannotReportProgressAndIsAcceptedOnlyOnce() {
        var task = task(START, DEADLINE);
        task.complete("Xong", DEADLINE.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());

        assertThatThrownBy(() -> task.reportProgress(50)).hasMessage("task.notOpen");
        var timeliness = task.accept(true, Instant.now(), java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(timeliness.onTime()).isTrue();
        assertThat(task.getStatus()).isEqualTo(TaskStatus.ACCEPTED);
        assertThatThrownBy(() -> task.accept(true, Instant.now(), java.time.ZoneOffset.UTC))
                .hasMessage("task.notCompleted");
    }

    @Test
    void progressOutsideZeroToHundredIsRefused() {
        assertThatThrownBy(() -> task(START, DEADLINE).reportProgress(101)).hasMessage("task.progress.range");
    }
}
