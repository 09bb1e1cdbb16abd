package vn.eoffice.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserDetailsForm;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.organization.AgencyDetails;
import vn.eoffice.organization.AgencyKind;
import vn.eoffice.organization.OrganizationManagement;
import vn.eoffice.platform.Secrecy;
import vn.eoffice.study.AttendanceSheet;
import vn.eoffice.study.Audience;
import vn.eoffice.study.LearnerRegistration;
import vn.eoffice.study.LearnerRegistry;
import vn.eoffice.study.ProgrammeForm;
import vn.eoffice.study.ResolutionKind;
import vn.eoffice.study.SessionKind;
import vn.eoffice.study.StudyLevel;
import vn.eoffice.study.StudyProgrammes;
import vn.eoffice.study.StudySessionForm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A province's study at scale (run with {@code bench/study.sh}; not part of the suite): 100 hosted committees with
 * 50,000 Party members (one commune of 1,000, ten cells each), all registered as learners; then p50/p95 of (a) a
 * 1,000-person commune's attendance (everyone present in one statement, 50 absent with reasons), (b) that
 * committee's learner page over HTTP, (c) the per-committee aggregate over all 50,000. Prints; asserts no timing.
 */
@IntegrationTest
@AutoConfigureMockMvc
class StudyBenchmark {

    private static final int COMMITTEES = 100;
    private static final int MEMBERS = Integer.getInteger("bench.members", 50_000);
    private static final int BIG = 1_000;
    private static final int RUNS = Integer.getInteger("bench.requests", 30);

    @Autowired JdbcTemplate jdbc;
    @Autowired OrganizationManagement organization;
    @Autowired UserManagement users;
    @Autowired UserDetailsService accounts;
    @Autowired StudyProgrammes programmes;
    @Autowired LearnerRegistry registry;
    @Autowired MockMvc mvc;
    @Autowired Environment environment;

    @Test
    void measure() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        var from = LocalDate.of(2025, 7, 1);
        Long commission = agency("Ban Tuyên giáo đo " + tag, null, true, from);
        var officer = person(commission, Role.OFFICER, tag);
        var leader = person(commission, Role.LEADER, tag);
        var communes = new ArrayList<Long>();
        for (int i = 0; i < COMMITTEES; i++) {
            communes.add(agency("Đảng ủy xã Đo " + i + " " + tag, commission, true, from));
        }
        var clerk = person(communes.get(0), Role.CLERK, tag);
        var today = OfficeDate.today();
        var programme = programmes.plan(officer, new ProgrammeForm("Học tập đo tải " + tag, ResolutionKind.RESOLUTION,
                "99-NQ/TU", null, null, Set.of(Audience.PARTY_MEMBERS, Audience.KEY_LEADERS),
                Set.of(StudyLevel.COMMUNE), Set.of(Audience.PARTY_MEMBERS), today.minusDays(5), today.plusDays(10),
                today.plusDays(20), null, communes));
        programmes.open(leader, programme.id());
        var committees = new LinkedHashMap<Long, Long>();
        programmes.committees(officer, programme.id()).forEach(c -> committees.put(c.agencyId(), c.id()));

        long t0 = System.nanoTime();
        generateMembers(communes, tag);
        long t1 = System.nanoTime();
        Long big = committees.get(communes.get(0));
        var cells = new java.util.HashSet<String>();
        for (int c = 0; c < 10; c++) {
            cells.add("Chi bộ số " + c);
        }
        int registered = registry.register(clerk, programme.id(), big, new LearnerRegistration(cells, true));
        long t2 = System.nanoTime();
        for (int i = 1; i < COMMITTEES; i++) {
            jdbc.update("insert into study_learner (programme_id, committee_id, member_id, audience, attendance,"
                    + " reflection_required) select ?, ?, id, 'PARTY_MEMBERS', 'PENDING', true from study_member"
                    + " where agency_id = ?", programme.id(), committees.get(communes.get(i)), communes.get(i));
        }
        long t3 = System.nanoTime();
        long learners = jdbc.queryForObject("select count(*) from study_learner where programme_id = ?", Long.class,
                programme.id());
        System.out.printf("%n=== eOffice study benchmark (%s) ===%n", environment.getProperty("spring.datasource.url"));
        System.out.printf("generated %,d members in %d committees: %.1f s; registered the %,d of the big commune"
                + " through the facade: %.0f ms; the other %d committees by SQL: %.1f s; learners in all: %,d%n",
                MEMBERS, COMMITTEES, (t1 - t0) / 1e9, registered, (t2 - t1) / 1e6, COMMITTEES - 1, (t3 - t2) / 1e9,
                learners);

        var session = registry.hold(clerk, programme.id(), big, new StudySessionForm(SessionKind.CLASS, today,
                "Hội trường"));
        List<Long> ids = jdbc.queryForList("select id from study_learner where committee_id = ? order by id",
                Long.class, big);
        int[] run = { 0 };
        report("(a) attendance, 1,000 learners: all present + 50 absent", () -> {
            var absences = new LinkedHashMap<Long, String>();
            for (int k = 0; k < 50; k++) {
                absences.put(ids.get((run[0] * 7 + k * 19) % ids.size()), "Đi làm nương xa");
            }
            run[0]++;
            return registry.markAttendance(clerk, session.id(), new AttendanceSheet(null, absences));
        });
        report("(b) the committee's learner page (HTTP, one cell)", () -> {
            try {
                return mvc.perform(get("/study/programmes/" + programme.id() + "/learners").param("committee",
                        big.toString()).param("cell", "Chi bộ số " + (run[0]++ % 10)).with(user(clerk)))
                        .andReturn().getResponse().getStatus();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        report("(c) aggregate per committee over all learners", () -> jdbc.queryForList("select committee_id,"
                + " attendance, count(*) from study_learner where programme_id = ? group by committee_id, attendance",
                programme.id()).size());
        assertThat(learners).isGreaterThanOrEqualTo(MEMBERS - 100);
    }

    private void report(String what, Supplier<Integer> work) {
        for (int i = 0; i < 5; i++) {
            work.get();
        }
        var nanos = new long[RUNS];
        int last = 0;
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            last = work.get();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf("%-55s %d runs: p50 %.1f ms, p95 %.1f ms (last answer %d)%n", what, RUNS,
                nanos[RUNS / 2] / 1e6, nanos[(int) (RUNS * 0.95)] / 1e6, last);
    }

    private void generateMembers(List<Long> communes, String tag) {
        var batch = new ArrayList<Object[]>();
        int perOther = (MEMBERS - BIG) / (COMMITTEES - 1);
        for (int c = 0; c < communes.size(); c++) {
            int count = c == 0 ? BIG : perOther;
            for (int m = 0; m < count; m++) {
                String name = "Lò Văn Đảng " + c + "-" + m;
                batch.add(new Object[] { communes.get(c), "Chi bộ số " + (m % 10), name, Generator.fold(name),
                        tag + "-" + c + "-" + m, m % 97 == 0 });
                if (batch.size() == 5_000) {
                    insert(batch);
                }
            }
        }
        insert(batch);
    }

    private void insert(List<Object[]> batch) {
        jdbc.batchUpdate("insert into study_member (agency_id, cell, full_name, folded_name, card_number, key_leader)"
                + " values (?, ?, ?, ?, ?, ?)", batch);
        batch.clear();
    }

    private Long agency(String name, Long parent, boolean hosted, LocalDate from) {
        return organization.createAgency(new AgencyDetails(name, null, "DU", null, AgencyKind.PARTY_COMMITTEE, parent,
                null, null, null, null, from, null), hosted).getId();
    }

    private CurrentUser person(Long agency, Role role, String tag) {
        String login = "bench" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new UserDetailsForm(login, "Người đo " + tag, "Chuyên viên", null, null, agency, null,
                EnumSet.of(role), Secrecy.NONE, true), "Secret123x");
        return (CurrentUser) accounts.loadUserByUsername(login);
    }
}
