package vn.eoffice.tasks;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class TaskWebIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired TaskManagement tasks;
    TaskFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new TaskFixtures(context);
    }

    @Test
    void listShowsTabsAndTheUnitHeadsTasks() throws Exception {
        var task = fx.givenToUnit("TTBC", 2);

        mvc.perform(get("/tasks").with(user(fx.user("truongphong"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Việc của tôi")))
                .andExpect(content().string(containsString("Việc tôi giao")))
                .andExpect(content().string(containsString("Việc của phòng")))
                .andExpect(content().string(containsString(task.title())));
    }

    @Test
    void filterReturnsOnlyTheResultsFragmentForHtmx() throws Exception {
        var task = fx.givenToUnit("TTBC", 2);

        mvc.perform(get("/tasks").param("view", "UNIT").param("q", task.title()).header("HX-Request", "true")
                        .with(user(fx.user("chuyenvien"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"results\"")))
                .andExpect(content().string(containsString(task.title())))
                .andExpect(content().string(not(containsString("<nav class=\"navbar"))));
    }

    @Test
    void overdueFilterKeepsOnlyLateOpenTasks() throws Exception {
        var late = tasks.assign(fx.assignmentStarting("lanhdao", Party.unit(fx.unit("TTBC")), -5, -1));
        var fine = fx.givenToUnit("TTBC", 3);

        mvc.perform(get("/tasks").param("view", "UNIT").param("overdue", "true").param("status", "ASSIGNED")
                        .with(user(fx.user("chuyenvien"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(late.title())))
                .andExpect(content().string(not(containsString(fine.title()))));
    }

    @Test
    void assignFormShowsVietnameseValidationMessages() throws Exception {
        mvc.perform(post("/tasks/new").with(csrf()).with(user(fx.user("lanhdao")))
                        .param("title", "").param("lead", "").param("priority", "NORMAL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập tiêu đề công việc.")))
                .andExpect(content().string(containsString("Vui lòng chọn đơn vị hoặc cá nhân chủ trì.")))
                .andExpect(content().string(containsString("Vui lòng nhập hạn xử lý.")));
    }

    @Test
    void leaderAssignsFromTheFormAndOfficersMayNot() throws Exception {
        String title = TaskFixtures.unique("Chuẩn bị hội nghị");
        mvc.perform(post("/tasks/new").with(csrf()).with(user(fx.user("lanhdao")))
                        .param("title", title).param("lead", "U" + fx.unit("KGVH"))
                        .param("coProcessors", "U" + fx.unit("TTBC"), "P" + fx.user("giangalu").id())
                        .param("deadline", fx.today().plusDays(7).toString()).param("priority", "HIGH")
                        .param("secrecy", "NONE"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/tasks/*"))
                .andExpect(flash().attribute("flash", "task.flash.assigned"));

        mvc.perform(get("/tasks/new").with(user(fx.user("chuyenvien")))).andExpect(status().isForbidden());
        mvc.perform(get("/tasks").param("view", "MINE").param("q", title).with(user(fx.user("giangalu"))))
                .andExpect(content().string(containsString(title)));
    }

    @Test
    void assignReportCompleteAndAcceptThroughTheDetailPage() throws Exception {
        var task = fx.givenToUnit("TTBC", 4);
        var head = user(fx.user("truongphong"));
        var leader = user(fx.user("lanhdao"));
        String page = "/tasks/" + task.id();

        mvc.perform(get(page).with(head)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Cập nhật tiến độ")))
                .andExpect(content().string(containsString("Giao việc tiếp")));
        mvc.perform(post(page + "/progress").with(csrf()).with(head).param("percent", "150"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phần trăm hoàn thành phải từ 0 đến 100.")));
        mvc.perform(post(page + "/progress").with(csrf()).with(head).param("percent", "40").param("note", "Đang làm"))
                .andExpect(redirectedUrl(page));
        mvc.perform(post(page + "/subtasks").with(csrf()).with(head).param("title", "Viết bài")
                        .param("lead", "P" + fx.user("chuyenvien").id())
                        .param("deadline", fx.today().plusDays(9).toString()).param("priority", "NORMAL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hạn xử lý không được sau hạn của việc được giao")));
        mvc.perform(post(page + "/complete").with(csrf()).with(head).param("result", "Đã hoàn thành báo cáo"))
                .andExpect(redirectedUrl(page));
        mvc.perform(post(page + "/accept").with(csrf()).with(head).param("meetsQuality", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(post(page + "/accept").with(csrf()).with(leader).param("meetsQuality", "true")
                        .param("comment", "Tốt"))
                .andExpect(redirectedUrl(page));

        mvc.perform(get(page).with(leader))
                .andExpect(content().string(containsString("Đã duyệt kết quả")))
                .andExpect(content().string(containsString("Đúng hạn")))
                .andExpect(content().string(containsString("Đạt yêu cầu")));
        assertThat(tasks.summary(task.id()).status()).isEqualTo(TaskStatus.ACCEPTED);
    }

    @Test
    void extensionIsRequestedAndApprovedOnThePage() throws Exception {
        var task = fx.givenToUnit("TTBC", 4);
        String page = "/tasks/" + task.id();
        mvc.perform(post(page + "/extensions").with(csrf()).with(user(fx.user("truongphong")))
                        .param("deadline", fx.today().plusDays(10).toString()).param("reason", "Chờ số liệu"))
                .andExpect(redirectedUrl(page));
        var extension = context.getBean(DeadlineExtensions.class).history(task.id(), fx.user("lanhdao")).get(0);

        mvc.perform(post(page + "/extensions/" + extension.id() + "/decision").with(csrf())
                        .with(user(fx.user("lanhdao"))).param("approve", "true"))
                .andExpect(redirectedUrl(page));
        assertThat(tasks.summary(task.id()).deadline()).isEqualTo(fx.today().plusDays(10));
    }

    @Test
    void assignerCancelsWithAReasonAndTheLeadCannot() throws Exception {
        var task = fx.givenToUnit("TTBC", 4);
        String page = "/tasks/" + task.id();

        mvc.perform(post(page + "/cancel").with(csrf()).with(user(fx.user("truongphong"))).param("reason", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post(page + "/cancel").with(csrf()).with(user(fx.user("lanhdao"))).param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập lý do.")));
        mvc.perform(post(page + "/cancel").with(csrf()).with(user(fx.user("lanhdao"))).param("reason", "Không cần nữa"))
                .andExpect(redirectedUrl(page));
        assertThat(tasks.summary(task.id()).status()).isEqualTo(TaskStatus.CANCELLED);
    }

    @Test
    void calendarShowsDeadlinesOfTheMonth() throws Exception {
        var task = fx.givenToUnit("TTBC", 0);

        mvc.perform(get("/tasks/calendar").with(user(fx.user("truongphong"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lịch hạn xử lý tháng")))
                .andExpect(content().string(containsString(task.title())));
        mvc.perform(get("/tasks/calendar").param("month", "bad").with(user(fx.user("truongphong"))))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("<!DOCTYPE html>")));
    }
}
