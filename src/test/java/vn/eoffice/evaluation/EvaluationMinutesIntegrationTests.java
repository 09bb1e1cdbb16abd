package vn.eoffice.evaluation;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.identity.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The collective meeting's minutes as a file (files module): uploaded with the meeting step, downloaded by whoever
 * may view the sheet — the person, his head, the leaders, the personnel office — and by nobody else (404); a file
 * the recorder did not upload is refused with a Vietnamese message and nothing is written.
 */
@IntegrationTest
@AutoConfigureMockMvc
class EvaluationMinutesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired EvaluationFixtures fixtures;
    @Autowired EvaluationManagement management;
    @Autowired EvaluationQueries queries;
    @Autowired MeetingMinutes minutes;

    static byte[] pdf(String title) {
        return vn.eoffice.platform.PdfLayout.a4(false).centred(title, vn.eoffice.platform.PdfLayout.Style.BOLD, 14)
                .bytes();
    }

    @Test
    void theMinutesFileIsUploadedAtTheMeetingAndDownloadedByThoseWhoSeeTheSheet() throws Exception {
        var o = fixtures.office(2);
        var officer = o.officer();
        fixtures.doneTask(o, officer, EvaluationFixtures.today(), true);
        Long period = management.open(o.personnel(), EvaluationFixtures.thisQuarter(EvaluationRule.STATE_335));
        Long sheet = queries.history(officer, officer.id()).stream().filter(r -> r.periodId().equals(period))
                .findFirst().orElseThrow().sheetId();
        management.assessSelf(officer, sheet, new SelfAssessment(new BigDecimal("25"), Rating.GOOD, "Tự nhận"));
        management.propose(o.head(), sheet, new Proposal(new BigDecimal("25"), null, false, false, false,
                Rating.GOOD, "Đồng ý"));

        // a file another person uploaded is not the recorder's to attach
        Long foreign = minutes.store(o.outsider(), "khac.pdf", new java.io.ByteArrayInputStream(pdf("Khác")));
        mvc.perform(post("/api/v1/evaluation/sheets/" + sheet + "/meeting").with(user(o.head())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"" + EvaluationFixtures.today()
                        + "\",\"minutes\":\"Họp\",\"present\":3,\"agree\":3,\"disagree\":0,\"rating\":\"GOOD\","
                        + "\"minutesFileId\":" + foreign + "}"))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(containsString("Không tìm thấy tệp biên bản họp")));
        assertThat(queries.sheet(o.head(), sheet).sheet().status()).isEqualTo(SheetStatus.COLLECTIVE);

        var file = new MockMultipartFile("minutesFile", "bien-ban.pdf", "application/pdf", pdf("BIÊN BẢN HỌP"));
        mvc.perform(multipart("/evaluation/sheets/" + sheet + "/meeting").file(file).with(user(o.head())).with(csrf())
                .param("date", EvaluationFixtures.today().format(java.time.format.DateTimeFormatter
                        .ofPattern("dd/MM/yyyy"))).param("minutes", "Thống nhất đề nghị").param("present", "3")
                .param("agree", "3").param("disagree", "0").param("rating", "GOOD"))
                .andExpect(status().is3xxRedirection());
        var meeting = queries.sheet(o.head(), sheet).sheet().meeting();
        assertThat(meeting.minutesFileId()).isNotNull();
        mvc.perform(get("/evaluation/sheets/" + sheet).with(user(officer)))
                .andExpect(content().string(containsString("/evaluation/sheets/" + sheet + "/minutes")));

        for (CurrentUser reader : List.of(officer, o.head(), o.leader(), o.personnel())) {
            mvc.perform(get("/evaluation/sheets/" + sheet + "/minutes").with(user(reader)))
                    .andExpect(status().isOk()).andExpect(content().bytes(file.getBytes()));
            mvc.perform(get("/api/v1/evaluation/sheets/" + sheet + "/minutes").with(user(reader)))
                    .andExpect(status().isOk());
        }
        for (CurrentUser stranger : List.of(o.officers().get(1), o.outsider())) {
            mvc.perform(get("/evaluation/sheets/" + sheet + "/minutes").with(user(stranger)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/evaluation/sheets/" + sheet + "/minutes").with(user(stranger)))
                    .andExpect(status().isNotFound());
        }
    }
}
