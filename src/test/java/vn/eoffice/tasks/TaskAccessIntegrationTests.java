package vn.eoffice.tasks;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.platform.NotFoundException;
import vn.eoffice.platform.Secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class TaskAccessIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired TaskQueries queries;
    @Autowired TaskManagement tasks;
    TaskFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new TaskFixtures(context);
    }

    @Test
    void officerOfAnotherUnitGetsNotFoundOnPageAndApi() throws Exception {
        var task = fx.givenToUnit("KGVH", 5);

        mvc.perform(get("/tasks/" + task.id()).with(user(fx.user("chuyenvien"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tasks/" + task.id()).with(httpBasic("chuyenvien", "demo123")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/tasks/" + task.id()).with(user(fx.user("dinhthimai"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(task.title())));
    }

    @Test
    void leadersSeeEveryTaskOfTheAgency() throws Exception {
        var task = fx.givenToUnit("KGVH", 5);

        mvc.perform(get("/tasks/" + task.id()).with(user(fx.user("truongban"))))
                .andExpect(status().isOk());
        var all = queries.find(new TaskFilter(TaskView.ALL, null, false, task.title(), null, null),
                fx.user("truongban"), PageRequest.of(0, 10));
        assertThat(all.getContent()).extracting(TaskSummary::id).containsExactly(task.id());
    }

    @Test
    void unitListShowsOnlyTheUnitsOwnTasks() {
        var ours = fx.givenToUnit("TTBC", 5);
        var theirs = fx.givenToUnit("KGVH", 5);
        var officer = fx.user("chuyenvien");

        var unit = queries.find(TaskFilter.of(TaskView.UNIT), officer, PageRequest.of(0, 500)).getContent();
        assertThat(unit).extracting(TaskSummary::id).contains(ours.id()).doesNotContain(theirs.id());
        // "all" for an officer is what he may open: his unit's tasks, never another unit's
        var all = queries.find(TaskFilter.of(TaskView.ALL), officer, PageRequest.of(0, 100_000)).getContent();
        assertThat(all).extracting(TaskSummary::id).contains(ours.id()).doesNotContain(theirs.id());
    }

    @Test
    void clearanceLimitsWhatEvenTheLeadSees() {
        var leader = fx.user("lanhdao");
        var a = fx.assignment("lanhdao", Party.user(fx.user("chuyenvien").id()), fx.today().plusDays(3));
        var secret = tasks.assign(new Assignment(a.agencyId(), a.title(), null, null, leader.id(), a.lead(), null,
                null, null, a.deadline(), null, Secrecy.MAT));

        assertThatThrownBy(() -> queries.details(secret.id(), fx.user("chuyenvien")))
                .isInstanceOf(NotFoundException.class);
        assertThat(queries.find(new TaskFilter(TaskView.MINE, null, false, a.title(), null, null),
                fx.user("chuyenvien"), PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void coProcessingUnitOfficerSeesTheTaskInTheUnitList() {
        var leader = fx.user("lanhdao");
        var a = fx.assignment("lanhdao", Party.unit(fx.unit("TTBC")), fx.today().plusDays(3));
        var shared = tasks.assign(new Assignment(a.agencyId(), a.title(), null, null, leader.id(), a.lead(),
                java.util.Set.of(Party.unit(fx.unit("DVNN"))), null, null, a.deadline(), null, null));

        var unit = queries.find(new TaskFilter(TaskView.UNIT, null, false, a.title(), null, null),
                fx.user("giangalu"), PageRequest.of(0, 10));
        assertThat(unit.getContent()).extracting(TaskSummary::id).containsExactly(shared.id());
        assertThat(queries.details(shared.id(), fx.user("giangalu")).actions().report()).isFalse();
    }
}
