package vn.eoffice.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

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
import vn.eoffice.platform.DemoData;
import vn.eoffice.platform.EOfficeProperties;
import vn.eoffice.platform.PdfLayout;
import vn.eoffice.tasks.Assignment;
import vn.eoffice.tasks.Party;
import vn.eoffice.tasks.TaskManagement;

/**
 * Demo profile only: this quarter's evaluation (Nghị định 335/2025) in the commission, opened by the Văn phòng, with
 * sheets at each step — chuyenvien's self-assessment waiting for truongphong's proposal, chuyenvien2's (two tasks
 * done, one late) waiting for the leaders' decision, everyone else's self-assessment waiting in their own queue.
 */
@Component
@Profile("demo")
@Order(8)
class DemoEvaluation implements ApplicationRunner {

    private final Periods periods;
    private final Sheets sheets;
    private final EvaluationManagement management;
    private final TaskManagement tasks;
    private final UserDetailsService accounts;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final EOfficeProperties office;
    private final MeetingMinutes minutes;

    DemoEvaluation(Periods periods, Sheets sheets, EvaluationManagement management, TaskManagement tasks,
            UserDetailsService accounts, TransactionTemplate transactions, Clock clock, EOfficeProperties office,
            MeetingMinutes minutes) {
        this.minutes = minutes;
        this.periods = periods;
        this.sheets = sheets;
        this.management = management;
        this.tasks = tasks;
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
        this.office = office;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoData.loadOnce(periods.count() > 0, transactions, this::create);
    }

    private void create() {
        var today = LocalDate.now(clock.withZone(office.timeZone()));
        var leader = as("lanhdao");
        var lan = as("chuyenvien2");
        for (int late = 0; late < 2; late++) {
            var deadline = late == 0 ? today : today.minusDays(2);
            Long task = tasks.assign(new Assignment(leader.agencyId(), "Báo cáo chuyên đề tuyên truyền số " + (late + 1),
                    "Tổng hợp kết quả tuyên truyền trong quý", null, leader.id(), Party.user(lan.id()), null, null,
                    deadline.minusDays(20), deadline, null, null)).id();
            tasks.complete(task, as("chuyenvien2"), "Đã gửi báo cáo");
            tasks.accept(task, as("lanhdao"), true, "Đạt yêu cầu");
        }
        Long period = management.open(as("vanthu"), new PeriodForm(EvaluationRule.STATE_335, PeriodKind.QUARTER,
                today.getYear(), PeriodKind.QUARTER.numberOf(today)));
        var hung = as("chuyenvien");
        management.assessSelf(hung, sheet(period, hung), new SelfAssessment(new BigDecimal("27"), Rating.GOOD,
                "Hoàn thành các nhiệm vụ được giao, tham mưu kịp thời"));
        lan = as("chuyenvien2");
        Long lanSheet = sheet(period, lan);
        management.assessSelf(lan, lanSheet, new SelfAssessment(new BigDecimal("28"), Rating.GOOD,
                "Chủ động, đúng hạn; còn một báo cáo chậm hai ngày"));
        var head = as("truongphong");
        management.propose(head, lanSheet, new Proposal(new BigDecimal("27"), null, false, false, false,
                Rating.GOOD, "Đề nghị xếp loại Hoàn thành tốt nhiệm vụ"));
        Long file = minutes.store(head, "bien-ban-hop-phong.pdf", new java.io.ByteArrayInputStream(
                PdfLayout.a4(false).centred("BIÊN BẢN HỌP PHÒNG", PdfLayout.Style.BOLD, 14)
                        .centred("Có mặt 6/6, tán thành 6", PdfLayout.Style.ITALIC, 12).bytes()));
        management.recordMeeting(head, lanSheet, new CollectiveMeeting(today, "Phòng họp, thống nhất"
                + " đề nghị", 6, 6, 0, Rating.GOOD, file));
    }

    private Long sheet(Long period, CurrentUser user) {
        return sheets.findByPeriodIdAndUserId(period, user.id()).orElseThrow().getId();
    }

    private CurrentUser as(String username) {
        var user = (CurrentUser) accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }
}
