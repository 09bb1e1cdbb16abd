package vn.eoffice.tasks;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.files.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class ProgressFilesIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired TaskQueries queries;
    TaskFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new TaskFixtures(context);
    }

    @Test
    void progressUpdateCarriesFilesDownloadableOnlyByThoseWhoSeeTheTask() throws Exception {
        var task = fx.givenToUnit("TTBC", 5);
        var other = fx.givenToUnit("TTBC", 5);

        mvc.perform(multipart("/tasks/" + task.id() + "/progress")
                        .file(new MockMultipartFile("files", "tien-do.pdf", "application/pdf", TestFiles.pdf("Tien do")))
                        .param("percent", "40").param("note", "Đã xong phần khảo sát")
                        .with(user(fx.user("truongphong"))).with(csrf()))
                .andExpect(redirectedUrl("/tasks/" + task.id()));

        var progress = queries.details(task.id(), fx.user("truongphong")).timeline().stream()
                .filter(e -> e.kind().equals("PROGRESS")).findFirst().orElseThrow();
        assertThat(progress.files()).extracting(TaskFile::name).containsExactly("tien-do.pdf");
        Long fileId = progress.files().get(0).fileId();
        String link = "/tasks/" + task.id() + "/files/" + fileId;
        mvc.perform(get("/tasks/" + task.id()).with(user(fx.user("chuyenvien"))))
                .andExpect(content().string(containsString(link)));
        mvc.perform(get(link).with(user(fx.user("chuyenvien")))).andExpect(status().isOk());
        mvc.perform(get(link).with(user(fx.user("dinhthimai")))).andExpect(status().isNotFound());
        mvc.perform(get("/tasks/" + other.id() + "/files/" + fileId).with(user(fx.user("truongphong"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void apiTakesProgressWithFilesAsMultipart() throws Exception {
        var task = fx.givenToUnit("TTBC", 5);

        mvc.perform(multipart("/api/v1/tasks/" + task.id() + "/progress")
                        .file(new MockMultipartFile("files", "anh.pdf", "application/pdf", TestFiles.pdf("Anh")))
                        .param("percent", "70").with(httpBasic("truongphong", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.progress").value(70));
        mvc.perform(get("/api/v1/tasks/" + task.id()).with(httpBasic("truongphong", "demo123")))
                .andExpect(jsonPath("$.timeline[1].files[0].name").value("anh.pdf"));
    }

    @Test
    void completionRecordsTimelinessBeforeAcceptance() {
        var task = fx.givenToUnit("TTBC", 5);
        var management = context.getBean(TaskManagement.class);

        management.complete(task.id(), fx.user("truongphong"), "Xong");

        var details = queries.details(task.id(), fx.user("lanhdao"));
        assertThat(details.onTime()).isTrue();
        assertThat(details.daysLate()).isZero();
    }
}
