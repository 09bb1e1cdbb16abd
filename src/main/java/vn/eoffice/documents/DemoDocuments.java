package vn.eoffice.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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
import vn.eoffice.platform.Secrecy;

/**
 * Demo profile only: the commission's registers (Party numbering) and a handful of incoming documents registered by
 * the demo clerk, so that the inboxes are not empty on first start.
 */
@Component
@Profile("demo")
@Order(3)
class DemoDocuments implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDocuments.class);

    private final Registers registers;
    private final RegisterManagement registerManagement;
    private final DocumentManagement documents;
    private final OrganizationDirectory organization;
    private final UserDetailsService accounts;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoDocuments(Registers registers, RegisterManagement registerManagement, DocumentManagement documents,
            OrganizationDirectory organization, UserDetailsService accounts, TransactionTemplate transactions,
            Clock clock) {
        this.registers = registers;
        this.registerManagement = registerManagement;
        this.documents = documents;
        this.organization = organization;
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (registers.count() > 0) {
            return;
        }
        var clerk = (CurrentUser) accounts.loadUserByUsername("vanthu");
        var context = SecurityContextHolder.getContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(clerk, null,
                clerk.getAuthorities()));
        try {
            transactions.executeWithoutResult(status -> seed(clerk));
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("Demo registers and incoming documents created");
    }

    private void seed(CurrentUser clerk) {
        LocalDate today = LocalDate.now(clock);
        for (var agency : organization.hostedAgencies(today)) {
            boolean party = agency.kind().isParty();
            registerManagement.create(new Register(agency.id(), RegisterKind.INCOMING, "Sổ văn bản đến", party,
                    NumberingPolicy.arrival(), false));
            registerManagement.create(new Register(agency.id(), RegisterKind.INCOMING, "Sổ văn bản mật đến", party,
                    NumberingPolicy.arrival(), true));
            registerManagement.create(new Register(agency.id(), RegisterKind.OUTGOING, "Sổ văn bản đi", party,
                    party ? NumberingPolicy.party() : NumberingPolicy.state(), false));
            registerManagement.create(new Register(agency.id(), RegisterKind.OUTGOING, "Sổ văn bản mật đi", party,
                    party ? NumberingPolicy.party() : NumberingPolicy.state(), true));
            registerManagement.create(new Register(agency.id(), RegisterKind.INTERNAL, "Sổ văn bản nội bộ", party,
                    party ? NumberingPolicy.party() : NumberingPolicy.state(), false));
        }
        Long incoming = registerManagement.activeRegisters(clerk.agencyId(), RegisterKind.INCOMING).get(0).id();
        // the demo's texts follow the day it is created: the next anniversary of the Party, this month's conference
        int anniversaryYear = today.isAfter(LocalDate.of(today.getYear(), 2, 3)) ? today.getYear() + 1
                : today.getYear();
        var samples = List.of(
                details(incoming, "145-HD/BTGDVTW", today.minusDays(6), "HD", "Hướng dẫn tuyên truyền kỷ niệm "
                        + (anniversaryYear - 1930) + " năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 – 03/02/"
                        + anniversaryYear + ")",
                        "Ban Tuyên giáo và Dân vận Trung ương", Urgency.NORMAL, Secrecy.NONE, today.plusDays(10)),
                details(incoming, "1520-CV/TU", today.minusDays(2), "CV", "Về việc tổ chức hội nghị báo cáo viên "
                        + "tháng " + today.getMonthValue() + " năm " + today.getYear(), "Tỉnh ủy Điện Biên", Urgency.URGENT, Secrecy.NONE, today.plusDays(3)),
                details(incoming, "2301/UBND-VX", today.minusDays(1), "CV", "Về việc phối hợp tuyên truyền phòng, "
                        + "chống tin giả, tin xấu độc trên không gian mạng", "Ủy ban nhân dân tỉnh Điện Biên",
                        Urgency.NORMAL, Secrecy.NONE, today.plusDays(15)),
                details(incoming, "88-BC/ĐU", today.minusDays(3), "BC", "Báo cáo tình hình tư tưởng của cán bộ, "
                        + "đảng viên và Nhân dân sau sắp xếp đơn vị hành chính", "Đảng ủy xã Tuần Giáo",
                        Urgency.NORMAL, Secrecy.MAT, today.plusDays(7)),
                details(incoming, "12-KH/BTGDVTW", today.minusDays(20), "KH", "Kế hoạch học tập, quán triệt Nghị "
                        + "quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
                        "Ban Tuyên giáo và Dân vận Trung ương", Urgency.VERY_URGENT, Secrecy.NONE, today.plusDays(1)));
        for (var sample : samples) {
            documents.registerIncoming(clerk, sample, List.of());
        }
    }

    private static IncomingDetails details(Long register, String notation, LocalDate date, String type,
            String summary, String issuer, Urgency urgency, Secrecy secrecy, LocalDate deadline) {
        return new IncomingDetails(register, notation, date, type, summary, null, issuer, null, null, null, urgency,
                secrecy, 2, 1, deadline, null);
    }
}
