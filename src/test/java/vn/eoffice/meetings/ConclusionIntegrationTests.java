package vn.eoffice.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.documents.outgoing.OutgoingManagement;
import vn.eoffice.platform.DomainException;
import vn.eoffice.tasks.Party;
import vn.eoffice.tasks.SourceType;
import vn.eoffice.tasks.TaskQueries;

/**
 * A briefing's conclusions become tasks of the lead units (source: the meeting), and the notice of conclusions
 * becomes an outgoing draft with a generated PDF.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ConclusionIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired MeetingManagement management;
    @Autowired MeetingProceedings proceedings;
    @Autowired TaskQueries tasks;
    @Autowired OutgoingManagement outgoing;
    @Autowired vn.eoffice.files.FileStorage files;
    MeetingFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new MeetingFixtures(context);
    }

    @Test
    void conclusionsBecomeTasksAndTheNoticeAnOutgoingDraft() throws Exception {
        var day = MeetingFixtures.day(90);
        var meeting = management.schedule(fx.user("lanhdao"), new MeetingPlan(MeetingFixtures.unique("Giao ban tháng"),
                MeetingKind.MONTHLY_BRIEFING, fx.user("lanhdao").id(), fx.user("vanthu").id(),
                MeetingFixtures.at(day, 8, 0), MeetingFixtures.at(day, 10, 0), null, true, null, null, null, Set.of(),
                Set.of(fx.unit("TTBC"), fx.unit("KGVH")), java.util.List.of(), java.util.List.of()));
        LocalDate deadline = LocalDate.now(MeetingFixtures.ZONE).plusDays(20);

        var conclusion = proceedings.conclude(fx.user("vanthu"), meeting.id(),
                "Xây dựng kế hoạch tuyên truyền kỷ niệm ngày thành lập Đảng", fx.unit("TTBC"),
                Set.of(fx.unit("KGVH")), deadline);

        var task = tasks.details(conclusion.taskId(), fx.user("truongphong")).summary();
        assertThat(task.source().type()).isEqualTo(SourceType.MEETING);
        assertThat(task.source().id()).isEqualTo(meeting.id());
        assertThat(task.lead()).isEqualTo(Party.unit(fx.unit("TTBC")));
        assertThat(task.coProcessors()).containsExactly(Party.unit(fx.unit("KGVH")));
        assertThat(task.deadline()).isEqualTo(deadline);
        assertThat(task.assignerId()).isEqualTo(fx.user("lanhdao").id());

        // through the API as well
        mvc.perform(post("/api/v1/meetings/" + meeting.id() + "/conclusions").with(httpBasic("vanthu", "demo123"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"content\":\"Báo cáo kết quả học tập nghị quyết\",\"leadUnitId\":" + fx.unit("KGVH")
                        + ",\"deadline\":\"" + deadline + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.taskId").isNumber());
        mvc.perform(get("/api/v1/meetings/" + meeting.id() + "/conclusions").with(httpBasic("truongban", "demo123")))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(2)));
        mvc.perform(post("/api/v1/meetings/" + meeting.id() + "/conclusions").with(httpBasic("chuyenvien", "demo123"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"content\":\"x\",\"leadUnitId\":" + fx.unit("KGVH") + ",\"deadline\":\"" + deadline + "\"}"))
                .andExpect(status().isForbidden());

        Long documentId = proceedings.releaseNotice(fx.user("vanthu"), meeting.id());
        var draft = outgoing.outgoing(fx.user("vanthu"), documentId);
        assertThat(draft.getSummary()).contains(meeting.title());
        assertThat(outgoing.versions(fx.user("vanthu"), documentId)).hasSize(1);
        // the chair, a deputy head, signs for the head: the signature block says so above the title and the name
        var notice = outgoing.versions(fx.user("vanthu"), documentId).get(0);
        try (var in = files.open(notice.getFileId());
                var pdf = org.apache.pdfbox.Loader.loadPDF(in.readAllBytes())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            String chair = fx.user("lanhdao").fullName();
            assertThat(text).contains("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", chair);
            assertThat(text.indexOf("K/T TRƯỞNG BAN")).isLessThan(text.lastIndexOf(chair));
        }
        assertThat(outgoing.recipients(fx.user("vanthu"), documentId)).hasSize(2);
        assertThatThrownBy(() -> proceedings.releaseNotice(fx.user("vanthu"), meeting.id()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("meeting.notice.already"));
    }

    @Test
    void unitsReportBeforeTheBriefingAndTheSecretarySeesWhoIsMissing() {
        var day = MeetingFixtures.day(91);
        var meeting = management.schedule(fx.user("lanhdao"), new MeetingPlan(MeetingFixtures.unique("Giao ban tuần"),
                MeetingKind.WEEKLY_BRIEFING, fx.user("lanhdao").id(), fx.user("vanthu").id(),
                MeetingFixtures.at(day, 8, 0), MeetingFixtures.at(day, 10, 0), null, true, null, null, null, Set.of(),
                Set.of(fx.unit("TTBC"), fx.unit("KGVH")), java.util.List.of(), java.util.List.of()));

        proceedings.submitReport(fx.user("chuyenvien"), meeting.id(), "Hoàn thành 5 tin bài", "Tuyên truyền Tết",
                "Bổ sung kinh phí");
        assertThatThrownBy(() -> proceedings.submitReport(fx.user("giangalu"), meeting.id(), "x", null, null))
                .isInstanceOf(RuntimeException.class);

        var report = proceedings.consolidatedReport(fx.user("vanthu"), meeting.id());
        assertThat(report).contains("Hoàn thành 5 tin bài", "Tuyên truyền Tết", "Bổ sung kinh phí",
                "Đơn vị chưa gửi báo cáo");
        var view = context.getBean(MeetingQueries.class).view(fx.user("vanthu"), meeting.id());
        assertThat(view.reports()).filteredOn(r -> r.report() == null).extracting(MeetingView.ReportRow::unitId)
                .containsExactly(fx.unit("KGVH"));

        proceedings.checkIn(fx.user("chuyenvien"), meeting.id());
        proceedings.markPresent(fx.user("vanthu"), meeting.id(), Set.of(fx.user("truongphong").id(),
                fx.user("dinhthimai").id(), fx.user("chuyenvien").id()));
        assertThat(proceedings.present(meeting.id())).hasSize(3);
        assertThat(proceedings.presentPerUnit(meeting.id())).containsEntry(fx.unit("TTBC"), 2)
                .containsEntry(fx.unit("KGVH"), 1);
    }
}
