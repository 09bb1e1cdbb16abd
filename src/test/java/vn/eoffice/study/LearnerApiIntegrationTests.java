package vn.eoffice.study;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API and the pages answer bad input with a 4xx and the Vietnamese reason, and write nothing of it: a roster file
 * with bad rows (each named), an absence without its reason, a member without a name; another commune gets 404.
 */
@IntegrationTest
@AutoConfigureMockMvc
class LearnerApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired LearnerFixtures fixtures;
    @Autowired LearnerRegistry registry;
    @Autowired JdbcTemplate jdbc;

    @Test
    void badInputIsRefusedWithItsReasonAndNothingIsWritten() throws Exception {
        var study = fixtures.study(2);
        var clerk = study.commune().clerk();
        Long agency = study.commune().agencyId();
        long members = count("select count(*) from study_member where agency_id = ?", agency);
        var file = new MockMultipartFile("file", "ds.csv", "text/csv", ("Chi bộ,Họ và tên,Số thẻ,Chức vụ,Chủ chốt\n"
                + "Chi bộ Bản Mớ,Lò Văn Một,,,\n,Thiếu Chi Bộ,,,\n").getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/study/members/import").file(file).param("agency", agency.toString())
                .with(user(clerk)).with(csrf()).header("Accept-Language", "vi"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.problems[0].row").value(3))
                .andExpect(jsonPath("$.problems[0].message").value("Vui lòng nhập chi bộ."));
        mvc.perform(multipart("/study/members/import").file(file).param("agency", agency.toString())
                .with(user(clerk)).with(csrf()).header("Accept-Language", "vi"))
                .andExpect(status().is(422)).andExpect(content().string(containsString("Dòng 3: Vui lòng nhập chi bộ.")));
        mvc.perform(post("/study/members").param("agency", agency.toString()).param("cell", "Chi bộ Bản Mớ")
                .param("fullName", " ").with(user(clerk)).with(csrf()).header("Accept-Language", "vi"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Vui lòng nhập họ và tên đảng viên.")));
        assertThat(count("select count(*) from study_member where agency_id = ?", agency)).isEqualTo(members);

        registry.register(clerk, study.programmeId(), study.committeeId(),
                new LearnerRegistration(Set.of("Chi bộ Bản Mớ"), false));
        var session = registry.hold(clerk, study.programmeId(), study.committeeId(),
                new StudySessionForm(SessionKind.CLASS, OfficeDate.today(), null));
        Long learner = jdbc.queryForObject("select min(id) from study_learner where committee_id = ?", Long.class,
                study.committeeId());
        mvc.perform(post("/api/v1/study/sessions/" + session.id() + "/attendance").with(user(clerk)).with(csrf())
                .header("Accept-Language", "vi").contentType(MediaType.APPLICATION_JSON)
                .content("{\"absences\":{\"" + learner + "\":\"\"}}"))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(containsString("Vui lòng ghi lý do vắng")));
        assertThat(count("select count(*) from study_learner where committee_id = ? and attendance <> 'PENDING'",
                study.committeeId())).isZero();

        mvc.perform(get("/api/v1/study/programmes/" + study.programmeId() + "/committees/" + study.committeeId()
                + "/learners").with(user(study.province().second().clerk()))).andExpect(status().isNotFound());
        registry.markAttendance(clerk, session.id(), new AttendanceSheet(null, java.util.Map.of(learner, "Ốm")));
        registry.hold(clerk, study.programmeId(), study.committeeId(),
                new StudySessionForm(SessionKind.MAKE_UP, OfficeDate.today(), "Nhà văn hóa"));
        mvc.perform(get("/study/programmes/" + study.programmeId() + "/learners").param("committee",
                study.committeeId().toString()).with(user(clerk)).header("Accept-Language", "vi"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Lò Văn Chủ")))
                .andExpect(content().string(containsString("id=\"makeup-form\"")))
                .andExpect(content().string(containsString("Ốm")));
        mvc.perform(get("/study/programmes/" + study.programmeId() + "/learners").param("committee",
                study.committeeId().toString()).with(user(study.province().officer())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Lò Văn Chủ")));
    }

    private long count(String sql, Object argument) {
        return jdbc.queryForObject(sql, Long.class, argument);
    }
}
