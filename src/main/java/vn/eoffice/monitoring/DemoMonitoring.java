package vn.eoffice.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.tasks.Assignment;
import vn.eoffice.tasks.Party;
import vn.eoffice.tasks.SourceRef;
import vn.eoffice.tasks.TaskManagement;
import vn.eoffice.tasks.TaskQueries;

/**
 * Demo profile only: Resolution 45-NQ/TU monitored by the propaganda unit with a four-item plan (one item done on
 * time, one done late, one overdue, one in progress, so the dashboard shows green, amber and red), quarterly
 * reporting where one unit has reported for the last quarter and one has not, and an inspection with a
 * recommendation.
 */
@Component
@Profile("demo")
@Order(5)
class DemoMonitoring implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMonitoring.class);

    private final MonitoredDocuments documents;
    private final MonitoringManagement monitoring;
    private final TaskManagement tasks;
    private final TaskQueries queries;
    private final OrganizationDirectory organization;
    private final UserDetailsService accounts;
    private final TransactionTemplate transactions;

    DemoMonitoring(MonitoredDocuments documents, MonitoringManagement monitoring, TaskManagement tasks,
            TaskQueries queries, OrganizationDirectory organization, UserDetailsService accounts,
            TransactionTemplate transactions) {
        this.documents = documents;
        this.monitoring = monitoring;
        this.tasks = tasks;
        this.queries = queries;
        this.organization = organization;
        this.accounts = accounts;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (documents.count() > 0) {
            return;
        }
        try {
            transactions.executeWithoutResult(status -> seed());
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("Demo monitored resolution, plan, reports and inspection created");
    }

    private void seed() {
        var leader = as("lanhdao");
        LocalDate today = queries.today();
        Long propaganda = unit(leader, "TTBC");
        Long culture = unit(leader, "KGVH");
        Long mass = unit(leader, "DVNN");
        LocalDate quarter = ReportingFrequency.QUARTERLY.periodStart(today);
        var resolution = monitoring.register(leader, new MonitoredDocumentForm(DocumentKind.RESOLUTION,
                "Nghị quyết của Ban Thường vụ Tỉnh ủy về đẩy mạnh công tác tuyên truyền, giáo dục chính trị tư tưởng"
                        + " trên không gian mạng giai đoạn 2026 – 2030",
                "45-NQ/TU", quarter.minusMonths(4), "Ban Thường vụ Tỉnh ủy Điện Biên", null, propaganda,
                ReportingFrequency.QUARTERLY, quarter.minusMonths(3), LocalDate.of(2030, 12, 31), 5));
        Long id = resolution.id();

        Long onTime = item(leader, id, "Xây dựng chuyên mục tuyên truyền Nghị quyết 45-NQ/TU trên Cổng thông tin"
                + " điện tử của Ban", propaganda, Set.of(culture), today.minusDays(60), today.plusDays(5));
        Long late = item(leader, id, "Sơ kết, đánh giá kết quả tuyên truyền trên mạng xã hội của đội ngũ cộng tác"
                + " viên", propaganda, Set.of(), today.minusDays(60), today.minusDays(4));
        item(leader, id, "Tổ chức hội nghị báo cáo viên quán triệt Nghị quyết 45-NQ/TU", culture, Set.of(propaganda),
                today.minusDays(60), today.minusDays(10));
        item(leader, id, "Biên soạn tài liệu hỏi – đáp về Nghị quyết 45-NQ/TU phục vụ tuyên truyền ở cơ sở", mass,
                Set.of(), today.minusDays(30), today.plusDays(40));

        Long officer = as("chuyenvien").id();
        var head = as("truongphong");
        tasks.reportProgress(onTime, head, 60, "Đã thiết kế giao diện chuyên mục, đang nhập tin bài.");
        tasks.complete(onTime, head, "Chuyên mục đã đăng 24 tin, bài; có số liệu truy cập kèm theo.");
        tasks.complete(late, head, "Đã tổ chức sơ kết tại 3 đảng ủy xã, phường; báo cáo gửi kèm.");
        as("lanhdao");
        tasks.accept(onTime, leader, true, "Đạt yêu cầu.");
        tasks.accept(late, leader, true, "Đạt yêu cầu, nhưng chậm so với kế hoạch.");

        as("truongphong");
        monitoring.submitReport(head, id, quarter.minusMonths(3), propaganda, new ReportForm(
                "Đã mở chuyên mục \"Nghị quyết 45 vào cuộc sống\", đăng 24 tin, bài; tổ chức 2 lớp tập huấn kỹ năng"
                        + " tuyên truyền trên mạng xã hội cho 120 cộng tác viên.",
                "Đang xây dựng bộ tài liệu hỏi – đáp phối hợp với Phòng Dân vận.",
                "Đội ngũ cộng tác viên ở cơ sở còn thiếu kỹ năng sản xuất nội dung số.",
                "Đề nghị bố trí kinh phí tập huấn năm 2027."), List.of());

        as("lanhdao");
        Long plan = monitoring.planSupervision(leader, id, new SupervisionForm(SupervisionKind.INSPECTION,
                "Kiểm tra việc thực hiện Nghị quyết 45-NQ/TU tại Phòng Khoa giáo, Văn hóa – Văn nghệ",
                today.minusDays(14), today.minusDays(12), Set.of(culture),
                Set.of(head.id(), officer)));
        as("lanhdao");
        monitoring.recordFindings(leader, plan, "Phòng đã quán triệt Nghị quyết nhưng chưa tổ chức hội nghị báo cáo"
                + " viên theo kế hoạch; chưa có báo cáo quý.");
        monitoring.recommend(leader, plan, new RecommendationForm(culture,
                "Tổ chức ngay hội nghị báo cáo viên và gửi báo cáo quý về Phòng Tuyên truyền, Báo chí – Xuất bản",
                today.plusDays(20)));

        tasks.assign(new Assignment(leader.agencyId(), "Chuẩn bị đề cương tuyên truyền kỷ niệm Ngày thành lập Đảng",
                null, SourceRef.adHoc(), leader.id(), Party.user(officer), Set.of(), Set.of(),
                today.minusDays(20), today.minusDays(2), null, null));
    }

    private Long item(CurrentUser leader, Long documentId, String title, Long lead, Set<Long> co, LocalDate start,
            LocalDate deadline) {
        monitoring.addItem(leader, documentId, new ItemForm(title, null, lead, co, start, deadline));
        var created = tasks.tasksFor(MonitoringManagement.source(documentId));
        var task = created.get(created.size() - 1);
        return task.id();
    }

    private CurrentUser as(String username) {
        var user = (CurrentUser) accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    private Long unit(CurrentUser user, String abbreviation) {
        return organization.units(user.agencyId(), queries.today()).stream()
                .filter(u -> abbreviation.equals(u.abbreviation())).findFirst().orElseThrow().id();
    }
}
