package vn.eoffice.study;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.eoffice.ExternalTools;
import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.platform.Dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The programme through the pages and the API: planning with Vietnamese refusals (422, nothing written), opening and
 * closing, expected members; the figures page and its files (XLSX read back by LibreOffice, the report by pdftotext);
 * someone outside the programme gets "not found" everywhere.
 */
@IntegrationTest
@AutoConfigureMockMvc
class StudyWebIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired StudyFixtures fixtures;
    @Autowired StudyProgrammes programmes;
    @Autowired JdbcTemplate jdbc;
    @TempDir Path directory;

    private MockHttpServletRequestBuilder planPost(StudyFixtures.Province p, String title, String from,
            String until) {
        var request = post("/study/programmes").with(csrf()).param("title", title).param("kind", "RESOLUTION")
                .param("notation", "07-NQ/TU").param("audiences", "PARTY_MEMBERS").param("levels", "COMMUNE")
                .param("studyFrom", from).param("studyUntil", until);
        p.communeIds().forEach(id -> request.param("committeeIds", String.valueOf(id)));
        return request;
    }

    private static String tag(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    @Test
    void theOfficerPlansOpensAndClosesAProgrammeThroughThePages() throws Exception {
        var p = fixtures.province();
        String today = Dates.DATE.format(OfficeDate.today());
        String yesterday = Dates.DATE.format(OfficeDate.today().minusDays(1));

        mvc.perform(planPost(p, "", today, today).with(user(p.officer()))).andExpect(status().is(422))
                .andExpect(content().string(containsString("Vui lòng nhập tên kế hoạch học tập, quán triệt.")));
        mvc.perform(planPost(p, "Học tập thử", today, yesterday).with(user(p.officer())))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Ngày kết thúc học tập không được trước ngày bắt đầu.")));
        assertThat(programmes.list(p.officer())).isEmpty();
        mvc.perform(planPost(p, "Học tập thử", today, today).with(user(p.first().clerk())))
                .andExpect(status().isForbidden());

        String location = mvc.perform(planPost(p, "Học tập Nghị quyết thử", today, today).with(user(p.officer())))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/study/programmes/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(user(p.officer()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Dự thảo")))
                .andExpect(content().string(containsString(p.first().name())));
        mvc.perform(post(location + "/open").with(csrf()).with(user(p.leader())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(user(p.first().clerk()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Đang triển khai")))
                .andExpect(content().string(not(containsString(p.second().name()))));
        mvc.perform(get("/study").with(user(p.first().clerk()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Học tập Nghị quyết thử")));
        mvc.perform(post(location + "/close").with(csrf()).with(user(p.officer())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(user(p.officer()))).andExpect(content().string(containsString("Đã kết thúc")));
    }

    @Test
    void theShortcutChoosesEveryHostedCommitteeInForce() throws Exception {
        var p = fixtures.province();
        mvc.perform(get("/study/programmes/new").param("all", "true").param("title", "Giu ten da go 42")
                .with(user(p.officer()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Giu ten da go 42")))
                .andExpect(content().string(containsString("selected=\"selected\">" + p.first().name() + "<")));
        mvc.perform(get("/study/programmes/new").with(user(p.first().clerk()))).andExpect(status().isNotFound());
    }

    @Test
    void theApiRefusesBadInputInVietnameseAndSetsExpectedMembers() throws Exception {
        var p = fixtures.province();
        mvc.perform(post("/api/v1/study/programmes").with(csrf()).with(user(p.officer()))
                .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"\",\"committeeIds\":[]}"))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(containsString("Vui lòng chọn ít nhất một cấp ủy tham gia học tập.")));
        var planned = programmes.plan(p.officer(), StudyFixtures.form(p.communeIds()));
        Long committee = programmes.committees(p.first().clerk(), planned.id()).get(0).id();
        String expected = "/api/v1/study/programmes/" + planned.id() + "/committees/" + committee + "/expected";
        mvc.perform(put(expected).with(csrf()).with(user(p.first().clerk())).contentType(MediaType.APPLICATION_JSON)
                .content("{\"members\":-3}")).andExpect(status().is4xxClientError())
                .andExpect(content().string(containsString("Số đảng viên dự kiến học tập không được âm.")));
        mvc.perform(put(expected).with(csrf()).with(user(p.first().clerk())).contentType(MediaType.APPLICATION_JSON)
                .content("{\"members\":42}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.expectedMembers").value(42));
        mvc.perform(put(expected).with(csrf()).with(user(p.second().clerk())).contentType(MediaType.APPLICATION_JSON)
                .content("{\"members\":1}")).andExpect(status().isNotFound());
    }

    @Test
    void theFiguresAndTheirFilesAreTheReadersAndNobodyElses() throws Exception {
        ExternalTools.require(ExternalTools.SOFFICE, ExternalTools.PDFTOTEXT);
        var p = fixtures.province();
        var planned = programmes.plan(p.officer(), StudyFixtures.form(p.communeIds()));
        var committees = programmes.committees(p.officer(), planned.id());
        for (var c : committees) {
            StudyRows.write(jdbc, planned.id(), c.id(), c.agencyId(), new StudyRows.Mix(3, 1, 1, 0, 2, 1, 1, 0, 0,
                    0));
        }
        String base = "/study/programmes/" + planned.id();
        mvc.perform(get(base + "/figures").with(user(p.leader()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tổng cộng")))
                .andExpect(content().string(containsString(p.second().name())));
        mvc.perform(get(base + "/figures").with(user(p.first().clerk()))).andExpect(status().isOk())
                .andExpect(content().string(containsString(p.first().name())))
                .andExpect(content().string(not(containsString(p.second().name()))))
                .andExpect(content().string(not(containsString("Tổng cộng"))));
        var outsider = fixtures.province().first().leader();
        for (String uri : List.of(base, base + "/figures", base + "/figures.xlsx", base + "/report.pdf",
                "/api/v1/study/programmes/" + planned.id() + "/figures")) {
            mvc.perform(get(uri).with(user(outsider))).andExpect(status().isNotFound());
        }

        byte[] xlsx = mvc.perform(get(base + "/figures.xlsx").with(user(p.officer()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String sheet = ExternalTools.pdfText(ExternalTools.toPdf(directory, List.of(Files.write(
                directory.resolve("so-lieu.xlsx"), xlsx))).get(0), false);
        assertThat(sheet).contains("STT", tag(p.first().name()), tag(p.second().name()), "Tổng cộng", "80.0%");
        byte[] pdf = mvc.perform(get("/api/v1/study/programmes/" + planned.id() + "/report")
                .with(user(p.first().clerk()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String report = ExternalTools.pdfText(Files.write(directory.resolve("bao-cao.pdf"), pdf), false);
        assertThat(report).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "BÁO CÁO", tag(p.first().name()))
                .doesNotContain(tag(p.second().name()));
    }
}
