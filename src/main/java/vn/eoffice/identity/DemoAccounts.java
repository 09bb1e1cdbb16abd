package vn.eoffice.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.organization.AgencySummary;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.organization.UnitSummary;
import vn.eoffice.platform.Secrecy;

/**
 * Demo profile only: the staff of the demo commission, all with the password {@value #PASSWORD}, printed at start-up.
 * The short demo password is the one exception to the password policy and exists in no other profile.
 */
@Component
@Profile("demo")
@Order(2)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "demo123";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
    /** Đảng ủy xã Tuần Giáo in the demo organisation. */
    private static final String COMMUNE = "000.21.17.H17";

    private final Users users;
    private final PasswordEncoder encoder;
    private final OrganizationDirectory organization;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoAccounts(Users users, PasswordEncoder encoder, OrganizationDirectory organization, AuditLog audit,
            TransactionTemplate transactions, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.organization = organization;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() == 0) {
            transactions.executeWithoutResult(status -> seed());
        }
        log.info("""

                ================= eOffice demo logins (password: {}) =================
                  admin        Quản trị hệ thống              (ADMIN)
                  vanthu       Văn thư, Văn phòng             (CLERK)
                  lanhdao      Phó Trưởng ban Thường trực     (LEADER)
                  truongphong  Trưởng phòng Tuyên truyền      (UNIT_HEAD)
                  chuyenvien   Chuyên viên phòng Tuyên truyền (OFFICER)
                Đảng ủy xã Tuần Giáo (hosted here; receives what the commission sends it by exchange):
                  vanthuxa     Văn thư, Văn phòng Đảng ủy xã  (CLERK)
                  bithuxa      Bí thư Đảng ủy xã              (LEADER; also phobithuxa)
                  truongbanxa  Trưởng Ban Xây dựng Đảng       (UNIT_HEAD; chuyenvienxa: OFFICER)
                Open http://localhost:8080 and sign in.
                =======================================================================""", PASSWORD);
    }

    private void seed() {
        var today = LocalDate.now(clock);
        AgencySummary commission = organization.hostedAgencies(today).stream()
                .filter(agency -> "BTGDVTU".equals(agency.abbreviation()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("demo organisation missing"));
        var units = organization.units(commission.id(), today);
        Long office = unit(units, "VP");
        Long propaganda = unit(units, "TTBC");
        Long culture = unit(units, "KGVH");
        Long mass = unit(units, "DVNN");

        create("admin", "Quản trị hệ thống", "Chuyên viên CNTT", commission, office, Secrecy.NONE, Role.ADMIN);
        create("vanthu", "Lường Thị Thu", "Văn thư", commission, office, Secrecy.MAT, Role.CLERK);
        create("lanhdao", "Lò Văn Thắng", "Phó Trưởng ban Thường trực", commission, null, Secrecy.TOI_MAT,
                Role.LEADER);
        create("truongban", "Nguyễn Thị Hương", "Trưởng ban", commission, null, Secrecy.TUYET_MAT, Role.LEADER);
        create("truongphong", "Trần Quang Minh", "Trưởng phòng Tuyên truyền, Báo chí – Xuất bản", commission,
                propaganda, Secrecy.MAT, Role.UNIT_HEAD);
        create("chuyenvien", "Quàng Văn Hùng", "Chuyên viên", commission, propaganda, Secrecy.NONE, Role.OFFICER);
        create("chuyenvien2", "Vũ Thị Lan", "Chuyên viên", commission, propaganda, Secrecy.NONE, Role.OFFICER);
        create("phokhoagiao", "Đỗ Mạnh Cường", "Phó Trưởng phòng Khoa giáo, Văn hóa – Văn nghệ", commission,
                culture, Secrecy.NONE, Role.UNIT_HEAD);
        create("dinhthimai", "Đinh Thị Mai", "Chuyên viên", commission, culture, Secrecy.NONE, Role.OFFICER);
        create("giangalu", "Giàng A Lử", "Chuyên viên", commission, mass, Secrecy.NONE, Role.OFFICER);
        // a commune Party committee hosted here, with the people of a commune committee: what the commission sends
        // it by exchange is received by its clerk, submitted to its secretary and handled by its units
        organization.agencyByIdentifierCode(COMMUNE).ifPresent(this::seedCommune);
    }

    private void seedCommune(AgencySummary commune) {
        var units = organization.units(commune.id(), LocalDate.now(clock));
        Long office = unit(units, "VP");
        Long partyBuilding = unit(units, "XDĐ");
        String domain = "@tuangiao.dienbien.demo";
        create("bithuxa", "Quàng Văn Sơn", "Bí thư Đảng ủy xã", commune, null, Secrecy.TOI_MAT, Role.LEADER, domain);
        create("phobithuxa", "Lò Thị Hiền", "Phó Bí thư Thường trực Đảng ủy xã", commune, null, Secrecy.MAT,
                Role.LEADER, domain);
        create("vanthuxa", "Lò Thị Xuân", "Văn thư, Văn phòng Đảng ủy xã", commune, office, Secrecy.MAT, Role.CLERK,
                domain);
        create("truongbanxa", "Cầm Văn Khánh", "Trưởng Ban Xây dựng Đảng", commune, partyBuilding, Secrecy.MAT,
                Role.UNIT_HEAD, domain);
        create("chuyenvienxa", "Tòng Thị Phương", "Chuyên viên Ban Xây dựng Đảng", commune, partyBuilding,
                Secrecy.NONE, Role.OFFICER, domain);
    }

    private void create(String username, String fullName, String title, AgencySummary agency, Long unitId,
            Secrecy clearance, Role role) {
        create(username, fullName, title, agency, unitId, clearance, role, "@btgdv.dienbien.demo");
    }

    private void create(String username, String fullName, String title, AgencySummary agency, Long unitId,
            Secrecy clearance, Role role, String mailDomain) {
        var user = new User(username, encoder.encode(PASSWORD), fullName, agency.id(), Instant.now(clock));
        user.update(fullName, title, username + mailDomain, null, agency.id(), unitId, clearance,
                Set.copyOf(EnumSet.of(role)), true);
        users.save(user);
        audit.record("USER_CREATED", "USER", user.getId(), username + " (demo)");
    }

    private static Long unit(java.util.List<UnitSummary> units, String abbreviation) {
        return units.stream().filter(u -> abbreviation.equals(u.abbreviation())).findFirst()
                .map(UnitSummary::id).orElseThrow();
    }
}
