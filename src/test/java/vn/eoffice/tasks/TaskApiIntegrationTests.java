package vn.eoffice.tasks;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class TaskApiIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    TaskFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new TaskFixtures(context);
    }

    private String json(String body) {
        return body.replace('\'', '"');
    }

    @Test
    void fullLifecycleThroughTheApi() throws Exception {
        String title = TaskFixtures.unique("Báo cáo quý");
        var created = mvc.perform(post("/api/v1/tasks").with(httpBasic("lanhdao", "demo123"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("{'title':'" + title + "','leadUnitId':" + fx.unit("TTBC")
                                + ",'coUserIds':[" + fx.user("giangalu").id() + "],'deadline':'"
                                + fx.today().plusDays(5) + "','priority':'URGENT'}")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/tasks/")))
                .andExpect(jsonPath("$.status").value("ASSIGNED"))
                .andReturn();
        String location = created.getResponse().getHeader("Location");

        mvc.perform(get("/api/v1/tasks").param("view", "MINE").param("q", title)
                        .with(httpBasic("truongphong", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].title").value(title));
        mvc.perform(post(location + "/progress").with(httpBasic("truongphong", "demo123"))
                        .contentType(MediaType.APPLICATION_JSON).content(json("{'percent':50,'note':'Nửa chặng'}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.progress").value(50))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        mvc.perform(post(location + "/extensions").with(httpBasic("truongphong", "demo123"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("{'deadline':'" + fx.today().plusDays(8) + "','reason':'Chờ huyện'}")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PENDING"));
        mvc.perform(post(location + "/complete").with(httpBasic("truongphong", "demo123"))
                        .contentType(MediaType.APPLICATION_JSON).content(json("{'result':'Đã gửi'}")))
                .andExpect(jsonPath("$.status").value("COMPLETED"));
        mvc.perform(post(location + "/return").with(httpBasic("lanhdao", "demo123"))
                        .contentType(MediaType.APPLICATION_JSON).content(json("{'reason':'Thiếu phụ lục'}")))
                .andExpect(jsonPath("$.status").value("RETURNED"));
        mvc.perform(post(location + "/complete").with(httpBasic("truongphong", "demo123"))
                        .contentType(MediaType.APPLICATION_JSON).content(json("{'result':'Đã bổ sung'}")))
                .andExpect(status().isOk());
        mvc.perform(post(location + "/accept").with(httpBasic("lanhdao", "demo123"))
                        .contentType(MediaType.APPLICATION_JSON).content(json("{'meetsQuality':true}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.onTime").value(true))
                .andExpect(jsonPath("$.daysLate").value(0))
                .andExpect(jsonPath("$.extensions[0].status").value("PENDING"));
    }

    @Test
    void officersCannotAssignAndOthersCannotAccept() throws Exception {
        mvc.perform(post("/api/v1/tasks").with(httpBasic("chuyenvien", "demo123"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("{'title':'x','leadUserId':" + fx.user("chuyenvien2").id() + ",'deadline':'"
                                + fx.today().plusDays(5) + "'}")))
                .andExpect(status().isForbidden());
        var task = fx.givenToUnit("TTBC", 3);
        mvc.perform(post("/api/v1/tasks/" + task.id() + "/accept").with(httpBasic("truongphong", "demo123"))
                        .contentType(MediaType.APPLICATION_JSON).content(json("{'meetsQuality':true}")))
                .andExpect(status().isForbidden());
    }

    @Test
    void invalidRequestsGiveVietnameseProblemDetails() throws Exception {
        mvc.perform(post("/api/v1/tasks").with(httpBasic("lanhdao", "demo123"))
                        .contentType(MediaType.APPLICATION_JSON).content(json("{'title':''}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.title").value("Vui lòng nhập tiêu đề công việc."))
                .andExpect(jsonPath("$.fields.deadline").value("Vui lòng nhập hạn xử lý."));
        var parent = fx.givenToUnit("TTBC", 3);
        mvc.perform(post("/api/v1/tasks/" + parent.id() + "/subtasks").with(httpBasic("truongphong", "demo123"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("{'title':'Con','leadUserId':" + fx.user("chuyenvien").id() + ",'deadline':'"
                                + fx.today().plusDays(4) + "'}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("không được sau hạn")));
        mvc.perform(get("/api/v1/tasks/999999999").with(httpBasic("lanhdao", "demo123")))
                .andExpect(status().isNotFound());
    }

    @Test
    void openApiDocumentsTheTaskEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs").with(httpBasic("lanhdao", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/tasks/{id}/accept']").exists());
    }
}
