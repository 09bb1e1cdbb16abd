package vn.eoffice.reports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.tasks.Assignment;
import vn.eoffice.tasks.Party;
import vn.eoffice.tasks.SourceRef;
import vn.eoffice.tasks.TallyCategory;
import vn.eoffice.tasks.TallyGrouping;
import vn.eoffice.tasks.TaskManagement;
import vn.eoffice.tasks.TaskSummary;
import vn.eoffice.tasks.TaskTally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class DashboardIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired OrganizationDirectory organization;
    @Autowired Dashboards dashboards;
    @Autowired TaskManagement tasks;

    CurrentUser account(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }

    Long unit(String abbreviation) {
        return organization.units(account("lanhdao").agencyId(), OfficeDate.today()).stream()
                .filter(u -> abbreviation.equals(u.abbreviation())).findFirst().orElseThrow().id();
    }

    DashboardPeriod year() {
        return DashboardPeriod.of(DashboardPeriod.Kind.YEAR, null, null, dashboards.today());
    }

    TaskTally unitLine(CurrentUser user, String abbreviation) {
        return dashboards.build(user, year()).units().stream().filter(l -> l.key().equals(unit(abbreviation)))
                .findFirst().orElseThrow().tally();
    }

    TaskSummary give(Party lead, int startOffset, int deadlineOffset) {
        var leader = account("lanhdao");
        LocalDate today = dashboards.today();
        return tasks.assign(new Assignment(leader.agencyId(), "Việc điều hành " + UUID.randomUUID(), null,
                SourceRef.adHoc(), leader.id(), lead, Set.of(), Set.of(), today.plusDays(startOffset),
                today.plusDays(deadlineOffset), null, null));
    }

    @Test
    void countsFollowTheTasksAndEachCountDrillsDownToThoseTasks() {
        var leader = account("lanhdao");
        var before = unitLine(leader, "TTBC");
        var overdue = give(Party.unit(unit("TTBC")), -10, -1);
        give(Party.unit(unit("TTBC")), 0, 5);
        var done = give(Party.unit(unit("TTBC")), 0, 5);
        var late = give(Party.unit(unit("TTBC")), -10, -2);
        tasks.complete(done.id(), account("truongphong"), "Xong");
        tasks.complete(late.id(), account("truongphong"), "Xong muộn");
        var cancelled = give(Party.unit(unit("TTBC")), 0, 5);
        tasks.cancel(cancelled.id(), leader, "Không cần nữa");

        var after = unitLine(leader, "TTBC");

        assertThat(after.assigned() - before.assigned()).isEqualTo(4);
        assertThat(after.overdue() - before.overdue()).isEqualTo(1);
        assertThat(after.inProgress() - before.inProgress()).isEqualTo(1);
        assertThat(after.doneOnTime() - before.doneOnTime()).isEqualTo(1);
        assertThat(after.doneLate() - before.doneLate()).isEqualTo(1);
        var overdueList = dashboards.drill(leader, year(), TallyGrouping.UNIT, unit("TTBC"), TallyCategory.OVERDUE,
                PageRequest.of(0, 500));
        assertThat(overdueList.getTotalElements()).isEqualTo(after.overdue());
        assertThat(overdueList.getContent()).extracting(TaskSummary::id).contains(overdue.id());
        var lateList = dashboards.drill(leader, year(), TallyGrouping.UNIT, unit("TTBC"), TallyCategory.DONE_LATE,
                PageRequest.of(0, 500));
        assertThat(lateList.getContent()).extracting(TaskSummary::id).contains(late.id()).doesNotContain(done.id());
    }

    @Test
    void personCountsIncludeTheTasksAPersonLeads() {
        var leader = account("lanhdao");
        Long officer = account("dinhthimai").id();
        long before = dashboards.build(leader, year()).people().stream().filter(l -> l.key().equals(officer))
                .findFirst().orElseThrow().tally().assigned();

        give(Party.user(officer), 0, 3);

        long after = dashboards.build(leader, year()).people().stream().filter(l -> l.key().equals(officer))
                .findFirst().orElseThrow().tally().assigned();
        assertThat(after).isEqualTo(before + 1);
    }

    @Test
    void unitHeadSeesOnlyTheirUnitsAndOfficersHaveNoDashboard() {
        give(Party.unit(unit("KGVH")), -5, -1);
        var head = account("truongphong");

        var board = dashboards.build(head, year());

        assertThat(board.wholeAgency()).isFalse();
        assertThat(board.units()).extracting(Dashboard.Line::key).containsExactly(unit("TTBC"));
        assertThat(board.people()).allSatisfy(l -> assertThat(l.key()).isNotEqualTo(account("dinhthimai").id()));
        assertThat(dashboards.drill(head, year(), TallyGrouping.UNIT, unit("KGVH"), TallyCategory.ASSIGNED,
                PageRequest.of(0, 10)).getTotalElements()).isZero();
        assertThat(dashboards.drill(account("lanhdao"), year(), TallyGrouping.UNIT, unit("KGVH"),
                TallyCategory.OVERDUE, PageRequest.of(0, 10)).getTotalElements()).isPositive();
        assertThatThrownBy(() -> dashboards.build(account("chuyenvien"), year()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void pageShowsLightsLegendAndDrillDownAndHtmxGetsTheBoardOnly() throws Exception {
        var task = give(Party.unit(unit("DVNN")), -5, -1);
        mvc.perform(get("/dashboard").with(user(account("lanhdao"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Theo đơn vị")))
                .andExpect(content().string(containsString("Theo văn bản của Đảng được theo dõi")))
                .andExpect(content().string(containsString("không có việc quá hạn và ít nhất 80%")));
        mvc.perform(get("/dashboard").param("period", "YEAR").header("HX-Request", "true")
                        .with(user(account("lanhdao"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"board\"")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/dashboard/tasks").param("period", "YEAR").param("grouping", "UNIT")
                        .param("key", unit("DVNN").toString()).param("category", "OVERDUE")
                        .with(user(account("lanhdao"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(task.title())));
        mvc.perform(get("/dashboard").param("period", "CUSTOM").param("from", "2026-05-01").param("to", "2026-04-01")
                        .with(user(account("lanhdao"))))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/dashboard").with(user(account("chuyenvien")))).andExpect(status().isForbidden());
    }

    @Test
    void exportIsAWorkbookWithASheetPerGrouping() throws Exception {
        byte[] xlsx = mvc.perform(get("/dashboard/export.xlsx").param("period", "YEAR")
                        .with(user(account("lanhdao"))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        String workbook = entry(xlsx, "xl/workbook.xml");
        assertThat(workbook).contains("Theo đơn vị", "Theo cá nhân");
        assertThat(entry(xlsx, "xl/sharedStrings.xml")).contains("Phòng Tuyên truyền, Báo chí – Xuất bản",
                "Tỷ lệ đúng hạn");
    }

    @Test
    void apiGivesTheSameCountsUnderTheSameRule() throws Exception {
        mvc.perform(get("/api/v1/dashboard").param("period", "YEAR").with(httpBasic("truongphong", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.wholeAgency").value(false))
                .andExpect(jsonPath("$.units.length()").value(1))
                .andExpect(jsonPath("$.units[0].tally.assigned").isNumber());
        mvc.perform(get("/api/v1/dashboard").with(httpBasic("chuyenvien", "demo123")))
                .andExpect(status().isForbidden());
    }

    /** fastexcel writes data descriptors that ZipInputStream cannot size; read the central directory instead. */
    private static String entry(byte[] zip, String name) throws Exception {
        var file = java.nio.file.Files.createTempFile("dashboard", ".xlsx");
        try {
            java.nio.file.Files.write(file, zip);
            try (var archive = new java.util.zip.ZipFile(file.toFile())) {
                var entry = archive.getEntry(name);
                assertThat(entry).as(name).isNotNull();
                return decode(new String(archive.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    /** fastexcel writes non-ASCII characters as numeric character references. */
    private static String decode(String xml) {
        return java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(xml)
                .replaceAll(m -> Character.toString(Integer.parseInt(m.group(1), 16)));
    }
}
