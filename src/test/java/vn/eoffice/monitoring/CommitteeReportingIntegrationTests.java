package vn.eoffice.monitoring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.ExternalTools;
import vn.eoffice.IntegrationTest;
import vn.eoffice.files.TestFiles;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.tasks.TaskQueries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Committees under the province reporting on a monitored document: a hosted committee's clerk reports and the light
 * turns green; another committee sees nothing of it (pages, lists, counts, export); the commission records an
 * external committee's report; bad input answers with a Vietnamese message.
 */
@IntegrationTest
@AutoConfigureMockMvc
class CommitteeReportingIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ActionProgrammes programmes;
    @Autowired CommitteeReporting reporting;
    @Autowired CommitteeQueries queries;
    @Autowired CommitteeFixtures fixtures;
    @Autowired TaskQueries taskQueries;
    @Autowired JdbcTemplate jdbc;
    @TempDir Path directory;

    CurrentUser leader() {
        return fixtures.account("lanhdao");
    }

    LocalDate today() {
        return taskQueries.today();
    }

    LocalDate currentQuarter() {
        return ReportingFrequency.QUARTERLY.periodStart(today());
    }

    /** A resolution reporting quarterly since two quarters ago, with these committees. */
    Long resolution(Long... committees) {
        Long id = programmes.require(leader(), new ActionProgrammeRequest("Nghị quyết báo cáo " + CommitteeFixtures.tag(),
                DocumentKind.RESOLUTION, "NQ-" + CommitteeFixtures.tag(), currentQuarter().minusMonths(6), "Tỉnh ủy",
                CommitteeFixtures.ids(committees), today().plusDays(30)));
        reporting.setTemplate(leader(), id, "1. Kết quả quán triệt\n2. Tồn tại, hạn chế", null);
        return id;
    }

    @Test
    void hostedCommitteeClerkReportsThroughTheOutlineAndTheLightTurnsGreen() throws Exception {
        var commune = fixtures.hosted();
        Long id = resolution(commune.id(), fixtures.external(null));
        String form = "/monitoring/" + id + "/committees/" + commune.id() + "/report";
        mvc.perform(get(form).param("period", currentQuarter().toString()).with(user(commune.clerk())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("1. Kết quả quán triệt")));
        mvc.perform(post(form).param("period", currentQuarter().toString()).param("sections[0]", "Đã quán triệt")
                .param("sections[1]", "").param("done", "Tổ chức hội nghị").with(user(commune.clerk())).with(csrf()))
                .andExpect(status().is3xxRedirection());

        var row = queries.board(leader(), id).rows().stream().filter(r -> r.committeeId().equals(commune.id()))
                .findFirst().orElseThrow();
        var cells = row.cells();
        assertThat(cells.get(cells.size() - 1).light()).isEqualTo(ProgrammeLight.GREEN);
        assertThat(cells.get(0).light()).isEqualTo(ProgrammeLight.RED);
        var report = queries.report(leader(), id, currentQuarter(), commune.id()).orElseThrow();
        assertThat(report.sections()).extracting(ReportSection::heading)
                .containsExactly("1. Kết quả quán triệt", "2. Tồn tại, hạn chế");
        assertThat(report.sections().get(0).body()).isEqualTo("Đã quán triệt");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action ="
                + " 'MONITORING_COMMITTEE_REPORT_SUBMITTED' and object_id = ?", Long.class, String.valueOf(id)))
                .isEqualTo(1L);
        // an empty report is refused with a message, the form shown again
        mvc.perform(post(form).param("period", currentQuarter().toString()).with(user(commune.clerk())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nhập nội dung báo cáo")));
    }

    @Test
    void anotherCommuneIsRefusedAndSeesNoOtherCommunesRows() throws Exception {
        var commune = fixtures.hosted();
        var neighbour = fixtures.hosted();
        var stranger = fixtures.hosted();
        Long id = resolution(commune.id(), neighbour.id());
        String communeName = queries.board(leader(), id).rows().stream()
                .filter(r -> r.committeeId().equals(commune.id())).findFirst().orElseThrow().name();

        mvc.perform(get("/monitoring/" + id + "/committees").with(user(stranger.clerk())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/monitoring/" + id + "/committees/" + commune.id() + "/report")
                .param("period", currentQuarter().toString()).with(user(neighbour.clerk())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/monitoring/documents/" + id + "/committees/" + commune.id() + "/periods/"
                + currentQuarter() + "/report").contentType(MediaType.APPLICATION_JSON).content("{\"done\":\"x\"}")
                .with(user(neighbour.secretary())).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/monitoring/" + id + "/committees").with(user(neighbour.clerk())))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(communeName))));
        mvc.perform(get("/api/v1/monitoring/committees").with(user(neighbour.clerk()))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(communeName))));
        assertThat(queries.board(neighbour.clerk(), id).total()).isEqualTo(queries.board(leader(), id).total() / 2);

        ExternalTools.require(ExternalTools.SOFFICE, ExternalTools.PDFTOTEXT);
        String theirs = exported(neighbour.clerk());
        assertThat(theirs).contains("Nghị quyết báo cáo").doesNotContain(communeName);
        assertThat(exported(leader())).contains(communeName);
    }

    String exported(CurrentUser user) throws Exception {
        byte[] xlsx = mvc.perform(get("/monitoring/committees/export.xlsx").with(user(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Path book = Files.write(directory.resolve("cap-uy-" + CommitteeFixtures.tag() + ".xlsx"), xlsx);
        return ExternalTools.pdfText(ExternalTools.toPdf(directory, List.of(book)).get(0), false);
    }

    @Test
    void theCommissionRecordsAnExternalCommitteesReport() throws Exception {
        var commune = fixtures.hosted();
        Long external = fixtures.external(null);
        Long id = resolution(commune.id(), external);
        String api = "/api/v1/monitoring/documents/" + id + "/committees/" + external + "/periods/" + currentQuarter()
                + "/report";
        mvc.perform(post(api).contentType(MediaType.APPLICATION_JSON).content("{\"done\":\"Đã làm\"}")
                .with(user(leader())).with(csrf())).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Chọn văn bản đến hoặc tải lên tệp")));
        mvc.perform(post(api).contentType(MediaType.APPLICATION_JSON)
                .content("{\"done\":\"Đã làm\",\"incomingDocumentId\":999999999}").with(user(leader())).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("văn bản")));
        mvc.perform(multipart(api).file(new MockMultipartFile("files", "bao-cao.pdf", "application/pdf",
                TestFiles.pdf("Báo cáo của Đảng ủy phường"))).param("done", "Theo báo cáo giấy")
                .with(user(leader())).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.recordedByCommission").value(true));
        // a hosted committee writes its own
        mvc.perform(post("/api/v1/monitoring/documents/" + id + "/committees/" + commune.id() + "/periods/"
                + currentQuarter() + "/report").contentType(MediaType.APPLICATION_JSON).content("{\"done\":\"x\"}")
                .with(user(leader())).with(csrf())).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("cấp ủy tự gửi báo cáo")));
        assertThat(queries.board(leader(), id).rows().stream().filter(r -> r.committeeId().equals(external))
                .findFirst().orElseThrow().cells().get(2).light()).isEqualTo(ProgrammeLight.GREEN);
    }
}
