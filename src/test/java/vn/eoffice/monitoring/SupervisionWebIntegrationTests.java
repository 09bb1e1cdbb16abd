package vn.eoffice.monitoring;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.notifications.Notifier;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.QueueAssertions;
import vn.eoffice.platform.WorkQueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The supervision plan as a leader writes it in the browser: what, when, who and which units are shown by name, a
 * recommendation goes to one of the checked units and waits in that unit's queue.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SupervisionWebIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired OrganizationDirectory organization;
    @Autowired MonitoringManagement monitoring;
    @Autowired MonitoringQueries queries;
    @Autowired WorkQueue queue;
    @Autowired Notifier notifier;

    CurrentUser account(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }

    Long unit(String abbreviation) {
        return organization.units(account("lanhdao").agencyId(), OfficeDate.today()).stream()
                .filter(u -> abbreviation.equals(u.abbreviation())).findFirst().orElseThrow().id();
    }

    @Test
    void planShowsItsUnitsAndTeamByNameAndARecommendationReachesTheUnitsQueue() throws Exception {
        var leader = account("lanhdao");
        var document = monitoring.register(leader, new MonitoredDocumentForm(DocumentKind.RESOLUTION,
                "Nghị quyết giám sát " + UUID.randomUUID(), "46-NQ/TU", OfficeDate.today().minusDays(10), "Tỉnh ủy",
                null, unit("TTBC"), ReportingFrequency.QUARTERLY, OfficeDate.today(), OfficeDate.today().plusYears(1),
                5));
        String title = "Kiểm tra việc quán triệt " + UUID.randomUUID();
        String page = "/monitoring/" + document.id();

        mvc.perform(post(page + "/supervisions").with(user(leader)).with(csrf()).param("kind", "INSPECTION")
                        .param("title", title).param("startDate", OfficeDate.today().plusDays(3).toString())
                        .param("endDate", OfficeDate.today().plusDays(10).toString())
                        .param("unitIds", unit("TTBC").toString(), unit("KGVH").toString())
                        .param("memberIds", account("chuyenvien").id().toString()))
                .andExpect(redirectedUrl(page));
        mvc.perform(get(page).with(user(leader)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("Phòng Tuyên truyền, Báo chí – Xuất bản")))
                .andExpect(content().string(containsString("Phòng Khoa giáo, Văn hóa – Văn nghệ")))
                .andExpect(content().string(containsString("Quàng Văn Hùng")))
                .andExpect(content().string(not(containsString("null"))));

        var plan = queries.details(leader, document.id()).supervisions().stream()
                .filter(p -> p.title().equals(title)).findFirst().orElseThrow();
        String advice = "Bổ sung kế hoạch tuyên truyền " + UUID.randomUUID();
        mvc.perform(post(page + "/supervisions/" + plan.id() + "/recommendations").with(user(leader)).with(csrf())
                        .param("unitId", unit("KGVH").toString()).param("content", advice)
                        .param("deadline", OfficeDate.today().plusDays(30).toString()))
                .andExpect(redirectedUrl(page));

        var given = queries.details(leader, document.id()).supervisions().stream()
                .filter(p -> p.title().equals(title)).findFirst().orElseThrow().recommendations();
        assertThat(given).singleElement().satisfies(r -> assertThat(r.unitId()).isEqualTo(unit("KGVH")));
        var head = account("phokhoagiao");
        assertThat(new QueueAssertions(queue, notifier).lists(head, "queue.tasks.TO_HAND_DOWN",
                "/tasks/" + given.get(0).taskId())).isTrue();
        mvc.perform(get(page).with(user(head)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(advice)));
    }

    @Test
    void recommendationToAUnitNotCheckedIsRefusedWithAMessage() throws Exception {
        var leader = account("lanhdao");
        var document = monitoring.register(leader, new MonitoredDocumentForm(DocumentKind.DIRECTIVE,
                "Chỉ thị giám sát " + UUID.randomUUID(), "07-CT/TU", OfficeDate.today().minusDays(10), "Tỉnh ủy",
                null, unit("TTBC"), ReportingFrequency.QUARTERLY, OfficeDate.today(), OfficeDate.today().plusYears(1),
                5));
        Long planId = monitoring.planSupervision(leader, document.id(), new SupervisionForm(SupervisionKind.SUPERVISION,
                "Giám sát " + UUID.randomUUID(), OfficeDate.today(), OfficeDate.today().plusDays(5),
                java.util.Set.of(unit("TTBC")), java.util.Set.of()));
        mvc.perform(post("/monitoring/" + document.id() + "/supervisions/" + planId + "/recommendations")
                        .with(user(leader)).with(csrf()).param("unitId", unit("KGVH").toString())
                        .param("content", "Kiến nghị lạc đơn vị").param("deadline", OfficeDate.today().plusDays(9).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chỉ kiến nghị với đơn vị được kiểm tra")));
    }
}
