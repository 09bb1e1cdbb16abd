package vn.eoffice.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import vn.eoffice.platform.DemoData;

/**
 * Demo profile only: Resolution 09-NQ/TU (2026) monitored with the six commune committees reporting quarterly on a
 * template; for the last period due three are green, one amber (late), two red (missing). Action programmes were due
 * on 15/3/2026: four were sent (one late), two are missing.
 */
@Component
@Profile("demo")
@Order(6)
class DemoCommittees implements ApplicationRunner {

    static final String NOTATION = "09-NQ/TU";
    private static final Logger log = LoggerFactory.getLogger(DemoCommittees.class);
    private static final LocalDate PROGRAMMES_DUE = LocalDate.of(2026, 3, 15);
    private static final List<String> COMMUNES = List.of("000.21.17.H17", "000.22.17.H17", "000.23.17.H17",
            "000.24.17.H17", "000.25.17.H17", "000.26.17.H17");

    private final MonitoredDocuments documents;
    private final CommitteeReports reports;
    private final ActionProgrammeDuties duties;
    private final ActionProgrammes programmes;
    private final CommitteeReporting reporting;
    private final CommitteeQueries queries;
    private final OrganizationDirectory organization;
    private final UserDetailsService accounts;
    private final TransactionTemplate transactions;

    DemoCommittees(MonitoredDocuments documents, CommitteeReports reports, ActionProgrammeDuties duties,
            ActionProgrammes programmes, CommitteeReporting reporting, CommitteeQueries queries,
            OrganizationDirectory organization, UserDetailsService accounts, TransactionTemplate transactions) {
        this.documents = documents;
        this.reports = reports;
        this.duties = duties;
        this.programmes = programmes;
        this.reporting = reporting;
        this.queries = queries;
        this.organization = organization;
        this.accounts = accounts;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        var commission = organization.agencyByIdentifierCode("000.03.17.H17");
        var communes = COMMUNES.stream().map(organization::agencyByIdentifierCode).flatMap(java.util.Optional::stream)
                .map(a -> a.id()).toList();
        if (commission.isEmpty() || communes.size() != COMMUNES.size()) {
            return;
        }
        DemoData.loadOnce(documents.findFirstByAgencyIdAndNotationAndResolutionIdIsNull(commission.get().id(),
                NOTATION).isPresent(), transactions, () -> seed(communes));
        log.info("Demo committees' reports and action programmes ready");
    }

    private void seed(List<Long> communes) {
        var leader = as("lanhdao");
        Long id = programmes.require(leader, new ActionProgrammeRequest("Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về"
                + " đẩy mạnh học tập, quán triệt và tuyên truyền nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV",
                DocumentKind.RESOLUTION, NOTATION, LocalDate.of(2026, 1, 2), "Ban Chấp hành Đảng bộ tỉnh Điện Biên",
                java.util.Set.copyOf(communes), PROGRAMMES_DUE));
        reporting.setTemplate(leader, id, "1. Công tác lãnh đạo, chỉ đạo, quán triệt\n2. Kết quả thực hiện các"
                + " nhiệm vụ trọng tâm\n3. Tồn tại, hạn chế và nguyên nhân\n4. Phương hướng, nhiệm vụ kỳ tới\n5. Đề"
                + " xuất, kiến nghị", null);
        var document = documents.findById(id).orElseThrow();
        var periods = CommitteeQueries.periods(document, queries.today()).stream()
                .filter(p -> p.due().isBefore(queries.today())).toList();
        // days after the due day each commune sent its report for the last period due: null = not sent
        Map<Integer, Integer> lastPeriod = Map.of(0, -3, 1, -5, 2, 0, 3, 6);
        for (int c = 0; c < communes.size(); c++) {
            for (int p = 0; p < periods.size(); p++) {
                var period = periods.get(p);
                boolean last = p == periods.size() - 1;
                Integer delay = last ? lastPeriod.get(c) : (c == 5 && p == periods.size() - 2 ? null : -2);
                if (delay != null) {
                    report(document, communes.get(c), period, period.due().plusDays(delay), leader.id());
                }
            }
        }
        programmes.submit(as("vanthuxa"), id, communes.get(0), new ActionProgrammeForm("Chương trình hành động"
                + " thực hiện Nghị quyết 09-NQ/TU", "12-CTr/ĐU", List.of(new ActionProgrammeForm.Item("Tổ chức hội"
                + " nghị quán triệt nghị quyết tới toàn thể đảng viên", unitOf(communes.get(0), "VP"),
                LocalDate.of(2026, 4, 30)), new ActionProgrammeForm.Item("Xây dựng kế hoạch tuyên truyền nghị quyết"
                + " trên hệ thống truyền thanh xã", unitOf(communes.get(0), "XDĐ"), LocalDate.of(2026, 12, 31)))),
                List.of());
        for (int c = 1; c <= 3; c++) {
            programme(id, communes.get(c), c == 3 ? PROGRAMMES_DUE.plusDays(10) : PROGRAMMES_DUE.minusDays(c),
                    leader.id());
        }
        duties.findByResolutionIdAndCommitteeId(id, communes.get(0)).orElseThrow().backdate(PROGRAMMES_DUE.minusDays(5));
        SecurityContextHolder.clearContext();
    }

    private void report(MonitoredDocument document, Long committee, ReportingPeriod period, LocalDate on, Long by) {
        var report = new CommitteeReport(document.getId(), period.start(), committee);
        report.submit(new CommitteeReportForm("Đã tổ chức quán triệt nghị quyết cho 100% chi bộ; tuyên truyền trên"
                + " hệ thống truyền thanh cơ sở.", "Đang triển khai kế hoạch tuyên truyền.", null, null,
                List.of("Ban Thường vụ đã ban hành kế hoạch.", "Đạt các chỉ tiêu đề ra."), null), document.headings(),
                List.of(), false, by, Instant.now(), on);
        reports.save(report);
    }

    /** A programme of a commune whose people do not use the demo: recorded as sent on {@code on}. */
    private void programme(Long resolutionId, Long committee, LocalDate on, Long by) {
        var resolution = documents.findById(resolutionId).orElseThrow();
        var name = organization.agency(committee).name();
        var plan = documents.save(new MonitoredDocument(committee, new MonitoredDocumentForm(DocumentKind.PLAN,
                "Kế hoạch thực hiện Nghị quyết 09-NQ/TU của " + name, null, on, name, null,
                unitOf(committee, "VP"), ReportingFrequency.QUARTERLY, on, LocalDate.of(2026, 12, 31), 5),
                by, Instant.now()).carriesOut(resolutionId, committee));
        duties.findByResolutionIdAndCommitteeId(resolutionId, committee).orElseThrow().submit(plan.getId(),
                List.of(new ProgrammeItem("Quán triệt nghị quyết tới đảng viên", null, LocalDate.of(2026, 5, 31),
                        null)), List.of(), by, Instant.now(), on);
    }

    private Long unitOf(Long agency, String abbreviation) {
        return organization.units(agency, queries.today()).stream().filter(u -> abbreviation.equals(u.abbreviation()))
                .findFirst().orElseThrow().id();
    }

    private CurrentUser as(String username) {
        var user = (CurrentUser) accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }
}
