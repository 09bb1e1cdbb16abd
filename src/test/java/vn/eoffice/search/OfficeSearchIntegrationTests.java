package vn.eoffice.search;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.documents.Urgency;
import vn.eoffice.files.FileStorage;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.TestAccounts;
import vn.eoffice.meetings.MeetingKind;
import vn.eoffice.meetings.MeetingManagement;
import vn.eoffice.meetings.MeetingPlan;
import vn.eoffice.meetings.MeetingProceedings;
import vn.eoffice.monitoring.DocumentKind;
import vn.eoffice.monitoring.ItemForm;
import vn.eoffice.monitoring.MonitoredDocumentForm;
import vn.eoffice.monitoring.MonitoringManagement;
import vn.eoffice.monitoring.ReportingFrequency;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.Secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Search across the office: tasks, meetings (minutes and conclusions too) and monitored documents beside the
 * documents, each kind counted and typed by name, found with or without diacritics, and only by those who may open
 * them: a meeting by its parties, a secret document by the cleared.
 */
@IntegrationTest
@AutoConfigureMockMvc
class OfficeSearchIntegrationTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired MockMvc mvc;
    @Autowired DocumentManagement documents;
    @Autowired RegisterManagement registers;
    @Autowired FileStorage files;
    @Autowired UserDetailsService accounts;
    @Autowired DocumentSearch search;
    @Autowired RecordSearch records;
    @Autowired MeetingManagement meetings;
    @Autowired MeetingProceedings proceedings;
    @Autowired MonitoringManagement monitoring;
    @Autowired OrganizationDirectory organization;
    @Autowired TestAccounts testAccounts;
    SearchFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new SearchFixtures(documents, registers, files, accounts, search);
    }

    @Test
    void meetingIsFoundByItsMinutesOnlyByThoseInvited() throws Exception {
        String m = SearchFixtures.marker();
        var leader = fixtures.as("lanhdao");
        var monday = LocalDate.now(ZONE).plusWeeks(131).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        var meeting = meetings.schedule(leader, new MeetingPlan("Họp chuyên đề Nghị quyết 45 " + m,
                MeetingKind.THEMATIC, leader.id(), null, at(monday, 14), at(monday, 16), null, true, null, null,
                null, Set.of(fixtures.as("chuyenvien").id()), Set.of(), List.of(), List.of()));
        proceedings.writeMinutes(leader, meeting.id(), "Thống nhất tổ chức quán triệt sâu rộng " + m + "kl");

        var invited = await("chuyenvien", "quan triet " + m + "kl", r -> !r.of("MEETING").isEmpty());
        assertThat(invited.of("MEETING")).singleElement().satisfies(hit -> {
            assertThat(hit.id()).isEqualTo(meeting.id());
            assertThat(hit.typeName()).isEqualTo("Họp chuyên đề");
            assertThat(hit.snippetHtml()).contains("<mark>quán</mark>");
        });
        assertThat(invited.kindCounts()).containsEntry("MEETING", 1L);

        var stranger = records.search(fixtures.as("chuyenvien2"), "nghi quyet 45 " + m, null);
        assertThat(stranger.hits()).isEmpty();
        assertThat(stranger.kindCounts()).isEmpty();
        assertThat(stranger.typeCounts()).isEmpty();
        mvc.perform(get("/search").param("q", "nghi quyet 45 " + m)
                        .with(user(accounts.loadUserByUsername("chuyenvien2"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cuộc họp: 0")))
                .andExpect(content().string(not(containsString("Họp chuyên đề:"))))
                .andExpect(content().string(not(containsString("/meetings/" + meeting.id()))));
        mvc.perform(get("/search").param("q", "nghi quyet 45 " + m)
                        .with(user(accounts.loadUserByUsername("chuyenvien"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cuộc họp: 1")))
                .andExpect(content().string(containsString("Họp chuyên đề: 1")))
                .andExpect(content().string(containsString("/meetings/" + meeting.id())));
    }

    @Test
    void monitoredResolutionAndItsTaskAreFoundWithoutDiacriticsAndFacetedByName() throws Exception {
        String m = SearchFixtures.marker();
        var leader = fixtures.as("lanhdao");
        Long unit = unit("TTBC");
        var resolution = monitoring.register(leader, new MonitoredDocumentForm(DocumentKind.RESOLUTION,
                "Nghị quyết 45 về công tác tuyên truyền " + m, "45-NQ/TU", OfficeDate.today().minusDays(3),
                "Tỉnh ủy", null, unit, ReportingFrequency.QUARTERLY, OfficeDate.today(),
                OfficeDate.today().plusYears(1), 5));
        monitoring.addItem(leader, resolution.id(), new ItemForm("Quán triệt Nghị quyết 45 " + m, null, unit,
                Set.of(), null, OfficeDate.today().plusDays(20)));
        var document = fixtures.register("Công văn triển khai Nghị quyết 45 " + m);
        fixtures.awaitHit("lanhdao", SearchQuery.of(m), document.getId());

        var found = await("lanhdao", "nghi quyet 45 " + m,
                r -> r.kindCounts().containsKey("MONITORED") && r.kindCounts().containsKey("TASK"));
        assertThat(found.of("MONITORED")).singleElement().satisfies(hit -> {
            assertThat(hit.id()).isEqualTo(resolution.id());
            assertThat(hit.typeName()).isEqualTo("Nghị quyết");
            assertThat(hit.link()).isEqualTo("/monitoring/" + resolution.id());
        });
        assertThat(found.of("TASK")).singleElement()
                .satisfies(hit -> assertThat(hit.title()).isEqualTo("Quán triệt Nghị quyết 45 " + m));

        mvc.perform(get("/search").param("q", "nghi quyet 45 " + m)
                        .with(user(accounts.loadUserByUsername("lanhdao"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Văn bản: 1")))
                .andExpect(content().string(containsString("Công việc: 1")))
                .andExpect(content().string(containsString("Văn bản theo dõi: 1")))
                .andExpect(content().string(containsString("Công văn: 1")))
                .andExpect(content().string(not(containsString("CV: 1"))))
                .andExpect(content().string(containsString("Nghị quyết: 1")));
        mvc.perform(get("/search").param("q", "nghi quyet 45 " + m).param("kind", "MONITORED")
                        .with(user(accounts.loadUserByUsername("lanhdao"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/monitoring/" + resolution.id())))
                .andExpect(content().string(not(containsString("/documents/" + document.getId()))));
        mvc.perform(get("/api/v1/search").param("q", "nghi quyet 45 " + m).with(httpBasic("lanhdao", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kinds.MONITORED").value(1))
                .andExpect(jsonPath("$.typeNames['Công văn']").value(1))
                .andExpect(jsonPath("$.records.length()").value(2));
    }

    @Test
    void demoResolutionItsTasksAndTheMeetingThatDiscussedItAreFoundAfterStart() throws Exception {
        // the demo is indexed in the background after start, while other tests add their own records about it
        var found = await("lanhdao", "nghi quyet 45", r -> r.of("MONITORED").stream()
                .anyMatch(hit -> hit.title().contains("45-NQ/TU"))
                && r.of("TASK").stream().anyMatch(hit -> hit.title().contains("Nghị quyết 45-NQ/TU"))
                && r.of("MEETING").stream().anyMatch(hit -> hit.title().equals(
                        "Họp chuyên đề về công tác tuyên truyền chuyển đổi số")));
        assertThat(found.of("MONITORED")).anySatisfy(hit -> assertThat(hit.title()).contains("45-NQ/TU"));
        assertThat(found.of("TASK")).anySatisfy(hit -> assertThat(hit.title()).contains("Nghị quyết 45-NQ/TU"));
        assertThat(found.of("MEETING")).anySatisfy(hit -> {
            assertThat(hit.title()).isEqualTo("Họp chuyên đề về công tác tuyên truyền chuyển đổi số");
            assertThat(hit.snippetHtml()).contains("<mark>45</mark>");
        });
    }

    @Test
    void secretDocumentLeavesNoHitCountOrFacetForTheUncleared() throws Exception {
        String m = SearchFixtures.marker();
        var secret = fixtures.register("Tờ trình mật " + m, "TTr", Urgency.NORMAL, Secrecy.MAT,
                OfficeDate.today().minusDays(1), List.of());
        var open = fixtures.register("Công văn thường " + m);
        fixtures.awaitHit("vanthu", SearchQuery.of(m), secret.getId());
        fixtures.awaitHit("vanthu", SearchQuery.of(m), open.getId());
        // a clerk sees the whole agency; this one is cleared for nothing secret
        String uncleared = testAccounts.create(Role.CLERK).getUsername();

        var cleared = search.search(fixtures.as("vanthu"), SearchQuery.of(m));
        assertThat(cleared.total()).isEqualTo(2);
        assertThat(cleared.typeCounts()).containsOnlyKeys("CV", "TTr");
        var results = search.search(fixtures.as(uncleared), SearchQuery.of(m));
        assertThat(results.total()).isEqualTo(1);
        assertThat(results.typeCounts()).containsOnlyKeys("CV");
        mvc.perform(get("/search").param("q", m).header("HX-Request", "true")
                        .with(user(accounts.loadUserByUsername(uncleared))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Văn bản: 1")))
                .andExpect(content().string(containsString("Công văn: 1")))
                .andExpect(content().string(not(containsString("Tờ trình"))))
                .andExpect(content().string(not(containsString("/documents/" + secret.getId()))));
    }

    RecordResults await(String username, String words, Predicate<RecordResults> condition)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        var results = records.search(fixtures.as(username), words, null);
        while (!condition.test(results) && Instant.now().isBefore(deadline)) {
            Thread.sleep(25);
            results = records.search(fixtures.as(username), words, null);
        }
        return results;
    }

    Long unit(String abbreviation) {
        return organization.units(fixtures.as("lanhdao").agencyId(), OfficeDate.today()).stream()
                .filter(u -> abbreviation.equals(u.abbreviation())).findFirst().orElseThrow().id();
    }

    static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(ZONE).toInstant();
    }
}
