package vn.eoffice.monitoring;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.files.TestFiles;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.DomainException;
import vn.eoffice.tasks.Party;
import vn.eoffice.tasks.SourceType;
import vn.eoffice.tasks.TaskManagement;
import vn.eoffice.tasks.TaskQueries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class MonitoringIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired OrganizationDirectory organization;
    @Autowired MonitoringManagement monitoring;
    @Autowired MonitoringQueries queries;
    @Autowired ConsolidatedReports consolidated;
    @Autowired ReportReminders reminders;
    @Autowired TaskManagement tasks;
    @Autowired TaskQueries taskQueries;
    @Autowired JdbcTemplate jdbc;
    @Autowired vn.eoffice.platform.WorkQueue queue;

    CurrentUser account(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }

    Long unit(String abbreviation) {
        return organization.units(account("lanhdao").agencyId(), OfficeDate.today()).stream()
                .filter(u -> abbreviation.equals(u.abbreviation())).findFirst().orElseThrow().id();
    }

    LocalDate today() {
        return taskQueries.today();
    }

    LocalDate lastQuarter() {
        return ReportingFrequency.QUARTERLY.periodStart(today()).minusMonths(3);
    }

    /** A resolution monitored by TTBC, reporting quarterly since last quarter, with items for TTBC and KGVH. */
    MonitoredDocumentSummary resolution() {
        var leader = account("lanhdao");
        var document = monitoring.register(leader, new MonitoredDocumentForm(DocumentKind.RESOLUTION,
                "Nghị quyết kiểm thử " + UUID.randomUUID(), "99-NQ/TU", lastQuarter(), "Tỉnh ủy", null,
                unit("TTBC"), ReportingFrequency.QUARTERLY, lastQuarter(), today().plusYears(1), 5));
        monitoring.addItem(leader, document.id(), new ItemForm("Tuyên truyền trên báo", null, unit("TTBC"),
                Set.of(unit("KGVH")), null, today().plusDays(20)));
        return document;
    }

    @Test
    void planItemsBecomeTasksOfTheMonitoredDocumentForTheirUnits() {
        var document = resolution();

        var created = tasks.tasksFor(new vn.eoffice.tasks.SourceRef(SourceType.MONITORING, document.id()));
        assertThat(created).hasSize(1);
        assertThat(created.get(0).lead()).isEqualTo(Party.unit(unit("TTBC")));
        assertThat(created.get(0).coProcessors()).containsExactly(Party.unit(unit("KGVH")));
        assertThat(monitoring.reportingUnits(document.id())).containsExactlyInAnyOrder(unit("TTBC"), unit("KGVH"));
    }

    @Test
    void officerOfAnotherUnitMayNotManageTheDocument() {
        var document = resolution();

        assertThatThrownBy(() -> monitoring.addItem(account("dinhthimai"), document.id(), new ItemForm("Việc", null,
                unit("KGVH"), null, null, today().plusDays(3)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> monitoring.register(account("giangalu"), new MonitoredDocumentForm(
                DocumentKind.DIRECTIVE, "Chỉ thị", null, null, null, null, unit("TTBC"), ReportingFrequency.YEARLY,
                today(), today().plusYears(1), 5))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void responsibleOfficerSeesWhoHasNotReportedAndCompilesTheConsolidatedReport() throws Exception {
        var document = resolution();
        monitoring.submitReport(account("truongphong"), document.id(), lastQuarter(), unit("TTBC"),
                new ReportForm("Đã đăng 12 tin bài", "Đang biên soạn tài liệu", "Thiếu kinh phí", "Bổ sung kinh phí"),
                List.of());

        var details = queries.details(account("chuyenvien"), document.id());
        var last = details.periods().stream().filter(p -> p.period().start().equals(lastQuarter())).findFirst()
                .orElseThrow();
        assertThat(last.units()).extracting(MonitoringViews.UnitStatus::unitId, MonitoringViews.UnitStatus::reported,
                MonitoringViews.UnitStatus::late).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(unit("TTBC"), true, false),
                        org.assertj.core.groups.Tuple.tuple(unit("KGVH"), false, true));
        assertThat(details.manage()).isTrue();

        byte[] docx = consolidated.docx(account("chuyenvien"), document.id(), lastQuarter(), java.util.Locale.forLanguageTag("vi"));
        String xml = entry(docx, "word/document.xml");
        assertThat(xml).contains("BÁO CÁO TỔNG HỢP", "Đã đăng 12 tin bài", "Phòng Khoa giáo, Văn hóa – Văn nghệ",
                "Số đơn vị đã báo cáo: 1/2");
        assertThat(entry(docx, "[Content_Types].xml")).contains("wordprocessingml.document.main+xml");
        var parsed = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
        // letterhead, plan items, one unit's report, signature block beside "Nơi nhận"
        assertThat(parsed.getElementsByTagName("w:tbl").getLength()).isEqualTo(4);
        assertThat(parsed.getElementsByTagName("w:tblGrid").getLength()).isEqualTo(4);
        assertThat(xml).containsSubsequence("TỈNH ỦY", "-BC/", "ĐẢNG CỘNG SẢN VIỆT NAM", "BÁO CÁO TỔNG HỢP",
                "Nơi nhận:");
        assertThat(entry(docx, "word/styles.xml")).contains("w:ascii=\"Times New Roman\"", "<w:sz w:val=\"28\"/>");
        assertThatThrownBy(() -> consolidated.docx(account("dinhthimai"), document.id(), lastQuarter(),
                java.util.Locale.forLanguageTag("vi"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheUnitsOfThePlanReportAndOnlyForTheirOwnUnit() {
        var document = resolution();

        assertThatThrownBy(() -> monitoring.submitReport(account("dinhthimai"), document.id(), lastQuarter(),
                unit("TTBC"), new ReportForm("x", null, null, null), List.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> monitoring.submitReport(account("giangalu"), document.id(), lastQuarter(),
                unit("DVNN"), new ReportForm("x", null, null, null), List.of()))
                .isInstanceOf(DomainException.class).hasMessageContaining("monitoring.report.unitNotInPlan");
        assertThatThrownBy(() -> monitoring.submitReport(account("truongphong"), document.id(),
                today().plusYears(2).withDayOfYear(1), unit("TTBC"), new ReportForm("x", null, null, null),
                List.of())).isInstanceOf(DomainException.class);
        var report = monitoring.submitReport(account("dinhthimai"), document.id(), lastQuarter(), unit("KGVH"),
                new ReportForm("Đã tổ chức hội nghị", null, null, null), List.of());
        assertThat(report.unitId()).isEqualTo(unit("KGVH"));
    }

    @Test
    void aReportDueTodayWaitsInTheUnitHeadsQueueUntilTheUnitSendsIt() {
        var leader = account("lanhdao");
        var head = account("truongphong");
        LocalDate lastMonth = ReportingFrequency.MONTHLY.periodStart(today()).minusMonths(1);
        // last month's report falls due today: the month's end plus as many days as today's date
        var document = monitoring.register(leader, new MonitoredDocumentForm(DocumentKind.RESOLUTION,
                "Nghị quyết báo cáo hằng tháng " + UUID.randomUUID(), "98-NQ/TU", lastMonth, "Tỉnh ủy", null,
                unit("TTBC"), ReportingFrequency.MONTHLY, lastMonth, today().plusYears(1), today().getDayOfMonth()));
        monitoring.addItem(leader, document.id(), new ItemForm("Báo cáo kết quả hằng tháng", null, unit("TTBC"),
                Set.of(), null, today().plusDays(20)));
        String link = "/monitoring/" + document.id();

        assertThat(queue.waiting(head, "queue.monitoring.REPORTS", 500)).anyMatch(item -> item.link().equals(link));
        assertThat(queue.waiting(account("phokhoagiao"), "queue.monitoring.REPORTS", 500))
                .as("a unit outside the plan owes nothing").noneMatch(item -> item.link().equals(link));

        monitoring.submitReport(head, document.id(), lastMonth, unit("TTBC"),
                new ReportForm("Đã tổ chức 4 hội nghị quán triệt", null, null, null), List.of());
        assertThat(queue.waiting(head, "queue.monitoring.REPORTS", 500)).noneMatch(item -> item.link().equals(link));
    }

    @Test
    void lateUnitsAreRemindedOnceEvenWhenTheJobRunsTwice() {
        var document = resolution();
        monitoring.submitReport(account("truongphong"), document.id(), lastQuarter(), unit("TTBC"),
                new ReportForm("Đã làm", null, null, null), List.of());

        LocalDate dayAfterDue = lastQuarter().plusMonths(3).minusDays(1).plusDays(5).plusDays(1);
        reminders.sendDue(dayAfterDue);
        reminders.sendDue(dayAfterDue);

        var rows = jdbc.queryForList("select unit_id, recipient_id, kind from monitoring_reminder"
                + " where monitored_document_id = ? and period_start = ?", document.id(), java.sql.Date.valueOf(
                        lastQuarter()));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("unit_id")).isEqualTo(unit("KGVH"));
        assertThat(rows.get(0).get("recipient_id")).isEqualTo(account("phokhoagiao").id());
        assertThat(rows.get(0).get("kind")).isEqualTo("OVERDUE");
        Integer notifications = jdbc.queryForObject("select count(*) from notification where recipient_id = ?"
                + " and link = ? and title like ?", Integer.class, account("phokhoagiao").id(),
                "/monitoring/" + document.id(), "Quá hạn báo cáo%");
        assertThat(notifications).isEqualTo(1);
    }

    @Test
    void recommendationsOfASupervisionBecomeTasksForTheCheckedUnit() {
        var document = resolution();
        var leader = account("lanhdao");
        Long plan = monitoring.planSupervision(leader, document.id(), new SupervisionForm(SupervisionKind.SUPERVISION,
                "Giám sát", today().minusDays(3), today(), Set.of(unit("KGVH")), Set.of(account("chuyenvien").id())));
        monitoring.recordFindings(leader, plan, "Chưa tổ chức hội nghị");

        monitoring.recommend(leader, plan, new RecommendationForm(unit("KGVH"), "Tổ chức hội nghị ngay",
                today().plusDays(10)));

        var given = tasks.tasksFor(new vn.eoffice.tasks.SourceRef(SourceType.MONITORING, document.id()));
        assertThat(given).anySatisfy(t -> {
            assertThat(t.title()).isEqualTo("Tổ chức hội nghị ngay");
            assertThat(t.lead()).isEqualTo(Party.unit(unit("KGVH")));
        });
        var view = queries.details(leader, document.id()).supervisions().get(0);
        assertThat(view.findings()).isEqualTo("Chưa tổ chức hội nghị");
        assertThat(view.recommendations()).hasSize(1);
        assertThatThrownBy(() -> monitoring.recommend(leader, plan, new RecommendationForm(unit("TTBC"), "x",
                today().plusDays(1)))).isInstanceOf(DomainException.class);
    }

    @Test
    void pagesWalkFromTheListToTheReportFormAndTheConsolidatedExport() throws Exception {
        var document = resolution();
        var head = account("truongphong");

        mvc.perform(get("/monitoring").with(user(head))).andExpect(status().isOk())
                .andExpect(content().string(containsString(document.title())))
                .andExpect(content().string(containsString("45-NQ/TU")));
        mvc.perform(get("/monitoring/new").with(user(head))).andExpect(status().isOk());
        mvc.perform(get("/monitoring/" + document.id()).with(user(head))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tuyên truyền trên báo")))
                .andExpect(content().string(containsString("Chưa báo cáo (quá hạn)")));
        String form = "/monitoring/" + document.id() + "/periods/" + lastQuarter() + "/report";
        mvc.perform(get(form).param("unit", unit("TTBC").toString()).with(user(head))).andExpect(status().isOk());
        mvc.perform(multipart(form).file(new MockMultipartFile("files", "bao-cao.pdf", "application/pdf",
                        TestFiles.pdf("Bao cao quy")))
                        .param("unit", unit("TTBC").toString()).param("done", "").with(user(head)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nêu kết quả đã thực hiện.")));
        mvc.perform(multipart(form).file(new MockMultipartFile("files", "bao-cao.pdf", "application/pdf",
                        TestFiles.pdf("Bao cao quy")))
                        .param("unit", unit("TTBC").toString()).param("done", "Đã làm xong")
                        .with(user(head)).with(csrf()))
                .andExpect(redirectedUrl("/monitoring/" + document.id()));
        var report = queries.details(head, document.id()).periods().stream()
                .flatMap(p -> p.units().stream()).filter(u -> u.report() != null).findFirst().orElseThrow().report();
        assertThat(report.files()).hasSize(1);
        mvc.perform(get("/monitoring/" + document.id() + "/reports/" + report.id() + "/files/"
                + report.files().get(0).fileId()).with(user(head))).andExpect(status().isOk());
        mvc.perform(get("/monitoring/" + document.id() + "/reports/" + report.id() + "/files/"
                + report.files().get(0).fileId()).with(user(account("giangalu")))).andExpect(status().isNotFound());
        mvc.perform(get("/monitoring/" + document.id() + "/periods/" + lastQuarter() + "/consolidated.docx")
                        .with(user(head)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".docx")));
        mvc.perform(post("/monitoring/" + document.id() + "/items").param("title", "").with(user(head))
                .with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập tên, trích yếu.")));
    }

    @Test
    void registeringFromTheFormRedirectsToTheNewDocument() throws Exception {
        mvc.perform(post("/monitoring").with(user(account("truongphong"))).with(csrf())
                        .param("kind", "DIRECTIVE").param("title", "Chỉ thị về công tác dân vận")
                        .param("notation", "05-CT/TU").param("responsibleUnitId", unit("TTBC").toString())
                        .param("frequency", "HALF_YEARLY").param("reportingFrom", today().toString())
                        .param("reportingUntil", today().minusDays(1).toString()).param("reportDueDays", "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày kết thúc theo dõi phải sau ngày bắt đầu.")));
        mvc.perform(post("/monitoring").with(user(account("truongphong"))).with(csrf())
                        .param("kind", "DIRECTIVE").param("title", "Chỉ thị về công tác dân vận")
                        .param("notation", "05-CT/TU").param("responsibleUnitId", unit("TTBC").toString())
                        .param("frequency", "HALF_YEARLY").param("reportingFrom", today().toString())
                        .param("reportingUntil", today().plusYears(1).toString()).param("reportDueDays", "5"))
                .andExpect(redirectedUrlPattern("/monitoring/*"));
    }

    private static String entry(byte[] zip, String name) throws Exception {
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name);
    }
}
