package vn.eoffice.monitoring;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.platform.Dates;
import vn.eoffice.tasks.TaskQueries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The action programme pages: the commission asks on the resolution's committees page, the commune clerk fills in
 * the programme (empty rows left out, dates typed dd/MM/yyyy), a missing title is shown on the form.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ProgrammeWebIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired CommitteeFixtures fixtures;
    @Autowired ActionProgrammes programmes;
    @Autowired TaskQueries taskQueries;

    @Test
    void theCommissionAsksAndTheCommuneSendsItsProgrammeOnThePages() throws Exception {
        var commune = fixtures.hosted();
        var leader = fixtures.account("lanhdao");
        var today = taskQueries.today();
        Long id = programmes.require(leader, new ActionProgrammeRequest("Nghị quyết trang " + CommitteeFixtures.tag(),
                DocumentKind.RESOLUTION, null, null, null, CommitteeFixtures.ids(fixtures.external(null)),
                today.plusDays(3)));
        mvc.perform(post("/monitoring/" + id + "/programmes").param("committeeIds", String.valueOf(commune.id()))
                .param("dueOn", Dates.DATE.format(today.plusDays(20))).with(user(leader)).with(csrf()))
                .andExpect(redirectedUrl("/monitoring/" + id + "/committees"));
        String page = "/monitoring/" + id + "/programmes/" + commune.id();
        mvc.perform(get(page).with(user(commune.clerk()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Văn phòng Đảng ủy")));
        mvc.perform(post(page).param("items[0].content", "Quán triệt").with(user(commune.clerk())).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Nhập tên chương trình")));
        mvc.perform(post(page).param("title", "Chương trình hành động của Đảng ủy")
                .param("items[0].content", "Quán triệt nghị quyết")
                .param("items[0].leadUnitId", String.valueOf(commune.office()))
                .param("items[0].deadline", Dates.DATE.format(today.plusMonths(2)))
                .param("items[1].content", "").param("items[1].leadUnitId", "").param("items[1].deadline", "")
                .with(user(commune.clerk())).with(csrf()))
                .andExpect(redirectedUrl("/monitoring/" + id + "/committees"));
        var line = programmes.status(leader, id).stream().filter(p -> p.committeeId().equals(commune.id()))
                .findFirst().orElseThrow();
        assertThat(line.items()).isEqualTo(1);
        assertThat(line.light()).isEqualTo(ProgrammeLight.GREEN);
        mvc.perform(get("/monitoring/" + id + "/committees").with(user(leader))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Chương trình hành động của các cấp ủy")));
    }
}
