package vn.eoffice.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.organization.AgencyDetails;
import vn.eoffice.organization.AgencyKind;
import vn.eoffice.organization.OrganizationManagement;
import vn.eoffice.study.StudyFigures;
import vn.eoffice.study.StudyFixtures;
import vn.eoffice.study.StudyProgrammes;
import vn.eoffice.study.StudyRows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The province-wide study figures over 100 committees and 50,000 learners (run with {@code bench/study-figures.sh};
 * not part of the suite): learners bulk-inserted with JDBC, then p50/p95 of the aggregate query alone and of the
 * whole page (/study/figures) for the organiser, and of the page for one commune. Prints the figures; asserts only
 * that the counts came back.
 */
@IntegrationTest
@AutoConfigureMockMvc
class StudyFiguresBenchmark {

    private static final int COMMITTEES = Integer.getInteger("bench.committees", 100);
    private static final int LEARNERS = Integer.getInteger("bench.learners", 50_000);
    private static final int RUNS = Integer.getInteger("bench.requests", 100);

    @Autowired StudyFixtures fixtures;
    @Autowired StudyProgrammes programmes;
    @Autowired StudyFigures figures;
    @Autowired OrganizationManagement organization;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;
    @Autowired Environment environment;

    @Test
    void measure() throws Exception {
        var province = fixtures.province();
        var communes = new ArrayList<Long>();
        long start = System.nanoTime();
        for (int i = 0; i < COMMITTEES; i++) {
            communes.add(organization.createAgency(new AgencyDetails("Đảng ủy xã Đo " + i + " " + tagOf(province),
                    null, "DU", null, AgencyKind.PARTY_COMMITTEE, null, null, null, null, null,
                    LocalDate.of(2025, 7, 1), null), true).getId());
        }
        var programme = programmes.plan(province.officer(), StudyFixtures.form(communes));
        programmes.open(province.leader(), programme.id());
        int each = LEARNERS / COMMITTEES;
        for (var committee : programmes.committees(province.officer(), programme.id())) {
            StudyRows.write(jdbc, programme.id(), committee.id(), committee.agencyId(), new StudyRows.Mix(
                    each * 80 / 100, each * 8 / 100, each * 7 / 100, each - each * 95 / 100, each * 90 / 100,
                    each * 70 / 100, each * 10 / 100, each * 30 / 100, each * 20 / 100, each * 2 / 100));
        }
        System.out.printf("%n=== eOffice study figures benchmark (%s) ===%n",
                environment.getProperty("spring.datasource.url"));
        System.out.printf("generated %d committees, %,d learners: %.1f s%n", COMMITTEES, LEARNERS,
                (System.nanoTime() - start) / 1e9);

        var total = figures.province(province.leader(), "Tổng").total();
        assertThat(total.registered()).isGreaterThanOrEqualTo(LEARNERS - COMMITTEES);
        report("aggregate query (organiser)", () -> figures.province(province.leader(), "Tổng"));
        report("page /study/figures (organiser)", () -> mvc.perform(get("/study/figures")
                .with(user(province.leader()))).andExpect(status().isOk()));
        var clerk = province.first().clerk();
        report("page /study/figures (a commune)", () -> mvc.perform(get("/study/figures").with(user(clerk)))
                .andExpect(status().isOk()));
        report("page /study/programmes/{id}/figures", () -> mvc.perform(get("/study/programmes/" + programme.id()
                + "/figures").with(user(province.officer()))).andExpect(status().isOk()));
    }

    interface Step {
        void run() throws Exception;
    }

    private static void report(String what, Step step) throws Exception {
        for (int i = 0; i < 10; i++) {
            step.run();
        }
        var nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            step.run();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf("%-40s %d runs: p50 %.1f ms, p95 %.1f ms%n", what, RUNS, nanos[RUNS / 2] / 1e6,
                nanos[(int) (RUNS * 0.95)] / 1e6);
    }

    private static String tagOf(StudyFixtures.Province province) {
        String name = province.first().name();
        return name.substring(name.lastIndexOf(' ') + 1);
    }
}
