package vn.eoffice.tasks;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import vn.eoffice.IntegrationTest;
import vn.eoffice.platform.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class RecurrenceIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired TaskManagement tasks;
    @Autowired TaskQueries queries;
    @Autowired Recurrences recurrences;
    TaskFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new TaskFixtures(context);
    }

    @Test
    void monthlyReportComesBackOnceForTheNextMonthWhenItsDeadlineArrives() {
        var leader = fx.user("lanhdao");
        var a = fx.assignmentStarting("lanhdao", Party.unit(fx.unit("TTBC")), -20, 0);
        var first = tasks.assignAdHoc(leader, a, 25);
        var month = java.time.YearMonth.from(fx.today()).plusMonths(1);

        recurrences.createDue(fx.today().minusDays(1));
        assertThat(tasks.tasksFor(SourceRef.adHoc()).stream().filter(t -> t.title().equals(a.title()))).hasSize(1);

        recurrences.createDue(fx.today());
        recurrences.createDue(fx.today().plusDays(1));

        var occurrences = tasks.tasksFor(SourceRef.adHoc()).stream().filter(t -> t.title().equals(a.title())).toList();
        assertThat(occurrences).hasSize(2);
        var next = occurrences.get(1);
        assertThat(next.deadline()).isEqualTo(month.atDay(25));
        assertThat(next.lead()).isEqualTo(first.lead());
        assertThat(next.status()).isEqualTo(TaskStatus.ASSIGNED);
        assertThat(queries.details(next.id(), leader).repeatDay()).isEqualTo(25);
    }

    @Test
    void repeatDayOutsideTheMonthIsRefused() {
        var a = fx.assignment("lanhdao", Party.unit(fx.unit("TTBC")), fx.today().plusDays(3));

        assertThatThrownBy(() -> tasks.assignAdHoc(fx.user("lanhdao"), a, 32))
                .isInstanceOf(DomainException.class).hasMessage("task.repeat.day");
    }
}
