package vn.eoffice.succession;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.ExternalTools;
import vn.eoffice.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The plan's page and API answer a refused change with the rule in Vietnamese and save nothing; the plan's exports
 * for the organisation commission open in LibreOffice and pdftotext with the list's columns and the structure.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SuccessionWebIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired SuccessionFixtures fixtures;
    @Autowired SuccessionQueries queries;
    @Autowired SuccessionManagement management;
    @TempDir Path directory;

    @Test
    void aFourthCandidateIsRefusedInVietnameseOnThePageAndThroughTheApi() throws Exception {
        var term = fixtures.term();
        Long plan = fixtures.plan(term);
        Long post = fixtures.post("Phó phòng đầy", LeadershipLevel.UNIT_DEPUTY);
        for (int i = 0; i < 3; i++) {
            fixtures.add(plan, post, fixtures.cadre(SuccessionFixtures.unique("Đã có " + i), 36, term.startDate()));
        }
        Long fourth = fixtures.cadre(SuccessionFixtures.unique("Thứ tư"), 36, term.startDate());
        var clerk = fixtures.as("vanthu");
        mvc.perform(post("/succession/" + plan + "/candidates").with(user(clerk)).with(csrf())
                .param("postId", "" + post).param("cadreId", "" + fourth)).andExpect(status().is(422))
                .andExpect(content().string(containsString("đã có đủ 3 người trong quy hoạch")));
        mvc.perform(post("/api/v1/succession/plans/" + plan + "/candidates").with(user(clerk)).with(csrf())
                .header("Accept-Language", "vi").contentType(MediaType.APPLICATION_JSON)
                .content("{\"postId\":" + post + ",\"cadreId\":" + fourth + "}")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("tối đa 3 người một chức danh")));
        mvc.perform(post("/api/v1/succession/plans/" + plan + "/candidates").with(user(clerk)).with(csrf())
                .header("Accept-Language", "vi").contentType(MediaType.APPLICATION_JSON)
                .content("{\"cadreId\":" + fourth + "}")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Chọn chức danh quy hoạch")));
        assertThat(queries.plan(fixtures.as("vanthu"), plan).candidates()).hasSize(3);

        Long candidate = queries.plan(fixtures.as("vanthu"), plan).candidates().get(0).id();
        mvc.perform(post("/succession/" + plan + "/candidates/" + candidate + "/vote").with(user(clerk)).with(csrf())
                .param("issued", "12").param("valid", "13").param("inFavour", "5")).andExpect(status().is(422))
                .andExpect(content().string(containsString(
                        "Số phiếu hợp lệ (13) không được lớn hơn số phiếu phát ra (12)")));
        mvc.perform(post("/succession/" + plan + "/candidates/" + candidate + "/vote").with(user(clerk)).with(csrf())
                .param("issued", "12").param("valid", "12").param("inFavour", "10"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/succession/" + plan).with(user(clerk))).andExpect(status().isOk())
                .andExpect(content().string(containsString("10/12 phiếu (83,3%)")));
    }

    @Test
    void thePersonnelOfficeEditsALevelsStandardsAndTheLeadersOnlyReadThem() throws Exception {
        var clerk = fixtures.as("vanthu");
        try {
            mvc.perform(post("/succession/settings/standards").with(user(clerk)).with(csrf())
                    .param("level", "UNIT_HEAD").param("maxAgeFirst", "48").param("requiredTheory", "ADVANCED")
                    .param("requiredEducation", "MASTER").param("stateManagement", "true"))
                    .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash",
                            "succession.flash.standardSaved"));
            mvc.perform(get("/api/v1/succession/settings").with(user(fixtures.as("lanhdao"))))
                    .andExpect(status().isOk()).andExpect(content().string(containsString(
                            "{\"level\":\"UNIT_HEAD\",\"maxAgeFirst\":48,\"requiredTheory\":\"ADVANCED\","
                            + "\"requiredEducation\":\"MASTER\",\"stateManagement\":true}")));
            mvc.perform(post("/succession/settings/standards").with(user(fixtures.as("lanhdao"))).with(csrf())
                    .param("level", "UNIT_HEAD").param("maxAgeFirst", "60")).andExpect(status().isForbidden());
            mvc.perform(post("/succession/settings/standards").with(user(clerk)).with(csrf())
                    .param("level", "UNIT_HEAD").param("maxAgeFirst", "80"))
                    .andExpect(flash().attribute("actionError", "succession.form.age.range"));
            mvc.perform(get("/succession/settings").with(user(clerk))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Tuổi tối đa khi quy hoạch lần đầu")));
        } finally {
            fixtures.defaults(LeadershipLevel.UNIT_HEAD);
        }
    }

    @Test
    void theDemoPlanShowsWhatACandidateLacks() throws Exception {
        var clerk = fixtures.as("vanthu");
        var demo = queries.plans(clerk).stream().filter(p -> "2025–2030".equals(p.termName())).findFirst()
                .orElseThrow();
        mvc.perform(get("/succession/" + demo.id()).with(user(clerk))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vàng Thị Mai")))
                .andExpect(content().string(containsString("Chưa có trình độ lý luận chính trị trung cấp")))
                .andExpect(content().string(containsString("Cơ cấu quy hoạch")));
    }

    @Test
    void theExportsOpenInLibreOfficeAndPdftotext() throws Exception {
        ExternalTools.require(ExternalTools.SOFFICE, ExternalTools.PDFTOTEXT);
        var term = fixtures.term();
        Long plan = fixtures.plan(term);
        Long post = fixtures.post("Phó Trưởng phòng xuất", LeadershipLevel.UNIT_DEPUTY);
        String name = SuccessionFixtures.unique("Lò Thị Xuất");
        Long candidate = fixtures.add(plan, post, fixtures.cadre(name, term.startDate().minusYears(33),
                vn.eoffice.people.Gender.FEMALE, vn.eoffice.people.Ethnicity.THAI, "Đại học",
                vn.eoffice.people.TheoryLevel.ELEMENTARY));
        management.recordVote(fixtures.as("vanthu"), plan, candidate, new Ballots(12, 12, 9));
        var lanhdao = fixtures.as("lanhdao");
        byte[] xlsx = download("/succession/" + plan + "/export.xlsx", lanhdao);
        byte[] pdf = download("/api/v1/succession/plans/" + plan + "/export.pdf", lanhdao);

        Path book = Files.write(directory.resolve("quy-hoach.xlsx"), xlsx);
        var result = ExternalTools.run(directory, 240, ExternalTools.SOFFICE, "-env:UserInstallation=file://"
                + directory.resolve("lo-profile"), "--headless", "--norestore", "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", directory.resolve("csv").toString(),
                book.toString());
        assertThat(result.exitCode()).as(result.output()).isZero();
        String csv = Files.readString(directory.resolve("csv").resolve("quy-hoach.csv"), StandardCharsets.UTF_8);
        assertThat(csv).contains("DANH SÁCH CÁN BỘ QUY HOẠCH NHIỆM KỲ " + term.name(), "STT", "Họ và tên",
                "Kết quả giới thiệu (phiếu)", name + "," + term.startDate().minusYears(33).getYear() + ",Nữ,Thái",
                "Chưa có trình độ lý luận chính trị trung cấp", "9/12 phiếu (75%)", "Cơ cấu quy hoạch", "Cán bộ nữ");
        String text = ExternalTools.pdfText(Files.write(directory.resolve("quy-hoach.pdf"), pdf), false);
        assertThat(text).contains("DANH SÁCH CÁN BỘ QUY HOẠCH", name, "ĐẢNG CỘNG SẢN VIỆT NAM", "Cơ cấu quy hoạch",
                "9/12 phiếu", "Cán bộ nữ");
        for (String uri : List.of("/succession/" + plan + "/export.pdf", "/api/v1/succession/plans/" + plan
                + "/export.xlsx")) {
            mvc.perform(get(uri).with(user(fixtures.as("chuyenvien")))).andExpect(status().isNotFound());
        }
    }

    private byte[] download(String uri, vn.eoffice.identity.CurrentUser who) throws Exception {
        return mvc.perform(get(uri).with(user(who))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
    }
}
