package vn.eoffice.evaluation;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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

import vn.eoffice.ExternalTools;
import vn.eoffice.IntegrationTest;
import vn.eoffice.identity.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who sees an evaluation, through the page, the API and the export: the person, the head of his unit, the leaders and
 * the personnel office; a colleague or another unit's officer does not even learn the sheet exists. Bad input is a
 * 4xx with a Vietnamese message and writes nothing. The exports open in LibreOffice and pdftotext.
 */
@IntegrationTest
@AutoConfigureMockMvc
class EvaluationWebIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired EvaluationFixtures fixtures;
    @Autowired EvaluationManagement management;
    @Autowired EvaluationQueries queries;
    @Autowired JdbcTemplate jdbc;
    @TempDir Path directory;

    record Setup(EvaluationFixtures.Office office, Long period, Long sheet, Long task) {
    }

    Setup setup() {
        var office = fixtures.office(2);
        Long task = fixtures.doneTask(office, office.officer(), EvaluationFixtures.today(), true);
        Long period = management.open(office.personnel(), EvaluationFixtures.thisQuarter(EvaluationRule.PARTY_366));
        Long sheet = queries.history(office.officer(), office.officer().id()).stream()
                .filter(r -> r.periodId().equals(period)).findFirst().orElseThrow().sheetId();
        return new Setup(office, period, sheet, task);
    }

    @Test
    void theSheetIsSeenByThePersonHisHeadTheLeadersAndTheOfficeAndByNobodyElse() throws Exception {
        var s = setup();
        var o = s.office();
        for (CurrentUser viewer : List.of(o.officer(), o.head(), o.leader(), o.personnel())) {
            mvc.perform(get("/evaluation/sheets/" + s.sheet()).with(user(viewer))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Kết quả tính từ công việc trong kỳ")));
            mvc.perform(get("/api/v1/evaluation/sheets/" + s.sheet()).with(user(viewer))).andExpect(status().isOk());
            mvc.perform(get("/evaluation/sheets/" + s.sheet() + "/tasks").with(user(viewer)))
                    .andExpect(status().isOk());
        }
        for (CurrentUser stranger : List.of(o.officers().get(1), o.outsider())) {
            mvc.perform(get("/evaluation/sheets/" + s.sheet()).with(user(stranger))).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/evaluation/sheets/" + s.sheet()).with(user(stranger)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/evaluation/sheets/" + s.sheet() + "/tasks").with(user(stranger)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/evaluation/people/" + o.officer().id() + "/sheets").with(user(stranger)))
                    .andExpect(status().isNotFound());
        }
        // the drill-down links the task only for whoever may see it: the personnel officer sees the line, no link
        mvc.perform(get("/evaluation/sheets/" + s.sheet() + "/tasks").with(user(o.officer())))
                .andExpect(content().string(containsString("/tasks/" + s.task())));
        mvc.perform(get("/evaluation/sheets/" + s.sheet() + "/tasks").with(user(o.personnel())))
                .andExpect(content().string(not(containsString("href=\"/tasks/" + s.task()))));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'EVALUATION_READ' and "
                + "object_id = ? and outcome = 'DENIED'", Long.class, String.valueOf(s.sheet()))).isPositive();
    }

    @Test
    void resultsAndExportsAreTheLeadersTheOfficesAndTheUnitHeadsForHisUnit() throws Exception {
        ExternalTools.require(ExternalTools.SOFFICE, ExternalTools.PDFTOTEXT);
        var s = setup();
        var o = s.office();
        String results = "/evaluation/periods/" + s.period();
        for (CurrentUser reader : List.of(o.leader(), o.personnel(), o.head())) {
            mvc.perform(get(results).with(user(reader))).andExpect(status().isOk())
                    .andExpect(content().string(containsString(o.officer().fullName())));
        }
        mvc.perform(get(results).param("unit", String.valueOf(o.otherUnitId())).with(user(o.head())))
                .andExpect(status().isForbidden());
        for (CurrentUser officer : List.of(o.officer(), o.outsider())) {
            mvc.perform(get(results).with(user(officer))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/evaluation/periods/" + s.period() + "/results").with(user(officer)))
                    .andExpect(status().isForbidden());
            mvc.perform(get(results + "/export").param("format", "PDF").with(user(officer)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/evaluation/periods/" + s.period() + "/export").with(user(officer)))
                    .andExpect(status().isForbidden());
        }
        byte[] xlsx = mvc.perform(get("/api/v1/evaluation/periods/" + s.period() + "/export").param("format", "XLSX")
                .with(user(o.personnel()))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        byte[] pdf = mvc.perform(get(results + "/export").param("format", "PDF").param("unit",
                String.valueOf(o.unitId())).with(user(o.head()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        Path book = Files.write(directory.resolve("xep-loai.xlsx"), xlsx);
        String text = ExternalTools.pdfText(ExternalTools.toPdf(directory, List.of(book)).get(0), false);
        assertThat(text).contains("STT", "Họ và tên", "Quyết định", "Tập thể", o.officer().fullName(), "Trưởng phòng");
        String pdfText = ExternalTools.pdfText(Files.write(directory.resolve("xep-loai.pdf"), pdf), false);
        assertThat(pdfText).contains("KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI", o.officer().fullName(), "Tự đánh giá");
        assertThat(pdfText).doesNotContain(o.outsider().fullName());
    }

    @Test
    void badInputIsRefusedWithAVietnameseMessageAndWritesNothing() throws Exception {
        var s = setup();
        var officer = s.office().officer();
        mvc.perform(post("/api/v1/evaluation/sheets/" + s.sheet() + "/self").with(user(officer)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"general\":31,\"rating\":\"GOOD\",\"comment\":\"x\"}"))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(containsString("Điểm tiêu chí chung phải từ 0 đến 30")));
        mvc.perform(post("/evaluation/sheets/" + s.sheet() + "/self").with(user(officer)).with(csrf())
                .param("general", "abc").param("rating", "GOOD").param("comment", "x"))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(containsString("Tự đánh giá")));
        mvc.perform(post("/evaluation/sheets/" + s.sheet() + "/self").with(user(officer)).with(csrf())
                .param("general", "25").param("comment", ""))
                .andExpect(status().is(422)).andExpect(content().string(containsString("Chọn mức xếp loại.")));
        assertThat(queries.sheet(officer, s.sheet()).sheet().status()).isEqualTo(SheetStatus.SELF);

        mvc.perform(post("/evaluation/sheets/" + s.sheet() + "/self").with(user(officer)).with(csrf())
                .param("general", "25.5").param("rating", "GOOD").param("comment", "Hoàn thành"))
                .andExpect(status().is3xxRedirection());
        var head = s.office().head();
        management.propose(head, s.sheet(), new Proposal(new BigDecimal("25"), null, false, false, false,
                vn.eoffice.evaluation.Rating.GOOD, null));
        String body = "{\"date\":\"" + EvaluationFixtures.today() + "\",\"minutes\":\"Họp\",\"present\":3,"
                + "\"agree\":3,\"disagree\":1,\"rating\":\"GOOD\"}";
        mvc.perform(post("/api/v1/evaluation/sheets/" + s.sheet() + "/meeting").with(user(head)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().is4xxClientError())
                .andExpect(content().string(containsString("vượt quá số người có mặt (3)")));
        mvc.perform(post("/api/v1/evaluation/sheets/" + s.sheet() + "/meeting").with(user(officer)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body.replace("\"disagree\":1", "\"disagree\":0")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/evaluation/periods").with(user(s.office().personnel())).with(csrf())
                .param("rule", "STATE_335").param("kind", "MONTH").param("year", "2027").param("number", "13"))
                .andExpect(status().is(422)).andExpect(content().string(containsString("Tháng phải từ 1 đến 12")));
        assertThat(queries.sheet(officer, s.sheet()).sheet().status()).isEqualTo(SheetStatus.COLLECTIVE);
        mvc.perform(get("/evaluation").with(user(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Đánh giá, xếp loại")));
        String page = new String(mvc.perform(get("/evaluation/sheets/" + s.sheet()).with(user(officer)))
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(page).contains("Quy định 366-QĐ/TW", "Tiêu chí chung: 25,5 điểm", "<td>25,00</td>");
    }
}
