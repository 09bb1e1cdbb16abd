package vn.eoffice.evaluation;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.ExternalTools;
import vn.eoffice.IntegrationTest;
import vn.eoffice.identity.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The year's result from its quarters (Nghị định 335/2025; docs/adr/0030) on the history page, through the API and
 * in the XLSX export: to the person once published, his unit head, the leaders and the office; nobody else.
 */
@IntegrationTest
@AutoConfigureMockMvc
class EvaluationYearIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired EvaluationFixtures fixtures;
    @Autowired EvaluationManagement management;
    @Autowired EvaluationQueries queries;
    @Autowired EvaluationYears years;
    @TempDir Path directory;

    record Setup(EvaluationFixtures.Office office, int year) {
    }

    void rate(EvaluationFixtures.Office office, Long period, Rating proposed, Decision decision) {
        var officer = office.officer();
        Long sheet = queries.history(officer, officer.id()).stream().filter(r -> r.periodId().equals(period))
                .findFirst().orElseThrow().sheetId();
        management.assessSelf(officer, sheet, new SelfAssessment(new BigDecimal("25"), proposed, "Tự nhận"));
        management.propose(office.head(), sheet, new Proposal(new BigDecimal("25"), null, false, false, false,
                proposed, "Đồng ý"));
        management.recordMeeting(office.head(), sheet, new CollectiveMeeting(EvaluationFixtures.today(), "Họp", 3, 3,
                0, proposed));
        management.decide(office.leader(), sheet, decision);
    }

    /** This quarter: 25 + 70 = 95 points, decided "tốt"; another quarter without tasks: 25, "Không hoàn thành". */
    Setup setup() {
        var office = fixtures.office(2);
        var today = EvaluationFixtures.today();
        fixtures.doneTask(office, office.officer(), today, true);
        Long now = management.open(office.personnel(), EvaluationFixtures.thisQuarter(EvaluationRule.STATE_335));
        rate(office, now, Rating.GOOD, new Decision(Rating.GOOD, "Theo tỷ lệ"));
        int quarter = PeriodKind.QUARTER.numberOf(today);
        Long other = management.open(office.personnel(), new PeriodForm(EvaluationRule.STATE_335, PeriodKind.QUARTER,
                today.getYear(), quarter == 1 ? 2 : quarter - 1));
        rate(office, other, Rating.NOT_COMPLETED, new Decision(Rating.NOT_COMPLETED, null));
        return new Setup(office, today.getYear());
    }

    @Test
    void theYearAveragesItsDecidedQuartersAndIsSeenOnlyByThoseWhoSeeTheSheets() throws Exception {
        var s = setup();
        var o = s.office();
        var officer = o.officer();
        // (95 + 25) / 2 = 60.00: Hoàn thành; 2 of 4 quarters decided
        var year = years.year(o.head(), officer.id(), s.year());
        assertThat(year.periods()).hasSize(2);
        assertThat(year.average()).isEqualByComparingTo("60.00");
        assertThat(year.rating()).isEqualTo(Rating.COMPLETED);
        assertThat(year.decided()).isEqualTo(2);
        assertThat(year.complete()).isFalse();
        assertThat(years.year(officer, officer.id(), s.year()).rating()).as("not yet published").isNull();

        String api = "/api/v1/evaluation/people/" + officer.id() + "/years/" + s.year();
        for (CurrentUser reader : List.of(o.head(), o.leader(), o.personnel())) {
            mvc.perform(get(api).with(user(reader))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("\"average\":60.00")))
                    .andExpect(jsonPath("$.rating").value("COMPLETED"));
            mvc.perform(get("/evaluation/people/" + officer.id()).param("year", String.valueOf(s.year()))
                    .with(user(reader))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("60,00")))
                    .andExpect(content().string(containsString("Cả năm " + s.year())))
                    .andExpect(content().string(containsString("Đã có quyết định xếp loại 2/4 kỳ")));
        }
        for (CurrentUser stranger : List.of(o.officers().get(1), o.outsider())) {
            mvc.perform(get(api).with(user(stranger))).andExpect(status().isNotFound());
            mvc.perform(get(api + "/export").with(user(stranger))).andExpect(status().isNotFound());
            mvc.perform(get("/evaluation/people/" + officer.id() + "/years/" + s.year() + "/export")
                    .with(user(stranger))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/evaluation/people/" + officer.id() + "/years/1900").with(user(o.head())))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(containsString("Năm đánh giá phải từ 2000 đến 2100")));
    }

    @Test
    void theYearsXlsxOpensInLibreOffice() throws Exception {
        ExternalTools.require(ExternalTools.SOFFICE, ExternalTools.PDFTOTEXT);
        var s = setup();
        var o = s.office();
        byte[] xlsx = mvc.perform(get("/api/v1/evaluation/people/" + o.officer().id() + "/years/" + s.year()
                + "/export").with(user(o.personnel()))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        Path book = Files.write(directory.resolve("nam.xlsx"), xlsx);
        String text = ExternalTools.pdfText(ExternalTools.toPdf(directory, List.of(book)).get(0), false);
        assertThat(text).contains("Cả năm " + s.year(), "60,00", "95,00", "25,00", "Hoàn thành nhiệm vụ",
                o.officer().fullName());
    }
}
