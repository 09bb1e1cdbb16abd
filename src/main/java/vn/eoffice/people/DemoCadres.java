package vn.eoffice.people;

import java.time.LocalDate;
import java.util.HashMap;
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
import vn.eoffice.identity.UserManagement;
import vn.eoffice.organization.OrganizationDirectory;

/**
 * Demo profile only, after {@link DemoPeople}: more cadres so that the staff statistics mean something — young
 * officers and one past 60 on extended service, Mông, Dao, Lào, Khơ Mú and Si La cadres, masters' degrees, people
 * below their position's standards — and the commune Party committee's job positions with its cadres and leaders.
 */
@Component
@Profile("demo")
@Order(7)
class DemoCadres implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCadres.class);

    /** name | account | unit | gender | ethnicity | born | theory | education | title (a position's name, if one). */
    private static final List<String> COMMISSION = List.of(
            "Hoàng Thị Thu Trang|-|TTBC|FEMALE|KINH|2000|-|Đại học|Chuyên viên tuyên truyền",
            "Điêu Chính Tuấn|-|TTBC|MALE|THAI|1998|ELEMENTARY|Đại học|Chuyên viên báo chí – xuất bản",
            "Vàng Thị Mai|-|KGVH|FEMALE|MONG|1997|ELEMENTARY|Đại học|Chuyên viên khoa giáo",
            "Lò Thị Kim Oanh|-|VP|FEMALE|THAI|1999|-|Cao đẳng|Văn thư – lưu trữ",
            "Quàng Thị Hương|-|ĐTH|FEMALE|KHO_MU|1995|ELEMENTARY|Đại học|Chuyên viên đoàn thể và các hội",
            "Lò Văn Khánh|-|KGVH|MALE|LAO|1993|INTERMEDIATE|Thạc sĩ Văn hóa học|Chuyên viên",
            "Nguyễn Văn Khoa|-|LLLS|MALE|KINH|1965|BACHELOR|Thạc sĩ Lịch sử Đảng|Chuyên viên chính",
            "Lèng Văn Phớ|-|DVNN|MALE|SI_LA|1994|ELEMENTARY|Đại học|Chuyên viên",
            "Nguyễn Thị Bích Ngọc|-|KGVH|FEMALE|KINH|1986|INTERMEDIATE|Thạc sĩ Quản lý giáo dục|Chuyên viên");

    /** unit | position | kind | headcount | theory required | professional competency. */
    private static final List<String> COMMUNE_POSITIONS = List.of(
            "VP|Chánh Văn phòng Đảng ủy|LEADERSHIP|1|INTERMEDIATE|Tham mưu, tổng hợp công việc của Đảng ủy",
            "VP|Văn thư – lưu trữ Đảng ủy|SUPPORT|1|ELEMENTARY|Nghiệp vụ văn thư, lưu trữ",
            "XDĐ|Trưởng Ban Xây dựng Đảng|LEADERSHIP|1|ADVANCED|Công tác tổ chức, tuyên giáo, dân vận, kiểm tra",
            "XDĐ|Chuyên viên tổ chức, đảng viên|PROFESSIONAL|2|INTERMEDIATE|Quản lý hồ sơ đảng viên",
            "XDĐ|Chuyên viên tuyên giáo, dân vận|PROFESSIONAL|2|INTERMEDIATE|Tuyên truyền, vận động nhân dân");

    private static final List<String> COMMUNE = List.of(
            "Lò Thị Xuân|vanthuxa|VP|FEMALE|THAI|1987|ELEMENTARY|Trung cấp|Văn thư – lưu trữ Đảng ủy",
            "Cầm Văn Khánh|truongbanxa|XDĐ|MALE|THAI|1980|INTERMEDIATE|Đại học|Trưởng Ban Xây dựng Đảng",
            "Quàng Văn Sơn|bithuxa|-|MALE|THAI|1972|ADVANCED|Đại học|Bí thư Đảng ủy xã",
            "Lò Thị Hiền|phobithuxa|-|FEMALE|THAI|1978|ADVANCED|Thạc sĩ Xây dựng Đảng|Phó Bí thư Thường trực Đảng ủy",
            "Vì Văn Thương|-|VP|MALE|THAI|1985|INTERMEDIATE|Đại học|Chánh Văn phòng Đảng ủy",
            "Giàng Thị Dợ|-|XDĐ|FEMALE|MONG|1998|ELEMENTARY|Đại học|Chuyên viên tuyên giáo, dân vận",
            "Khoàng Văn Lả|-|XDĐ|MALE|KHO_MU|1990|INTERMEDIATE|Đại học|Chuyên viên tổ chức, đảng viên",
            "Tẩn Láo Sài|-|XDĐ|MALE|DAO|1993|-|Cao đẳng|Chuyên viên tuyên giáo, dân vận");

    private final StaffRecords records;
    private final PeopleManagement people;
    private final OrganizationDirectory organization;
    private final UserManagement users;
    private final UserDetailsService accounts;
    private final TransactionTemplate transactions;
    private final PersonnelOffice office;

    DemoCadres(StaffRecords records, PeopleManagement people, OrganizationDirectory organization,
            UserManagement users, UserDetailsService accounts, TransactionTemplate transactions,
            PersonnelOffice office) {
        this.records = records;
        this.people = people;
        this.organization = organization;
        this.users = users;
        this.accounts = accounts;
        this.transactions = transactions;
        this.office = office;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            transactions.executeWithoutResult(status -> {
                var clerk = as("vanthu");
                if (records.cadres(clerk.agencyId()).stream().anyMatch(c -> c.getFullName().equals(name(COMMISSION)))) {
                    return;
                }
                place(clerk, COMMISSION, positionsOf(clerk));
                var communeClerk = as("vanthuxa");
                var communePositions = new HashMap<String, Long>();
                for (String line : COMMUNE_POSITIONS) {
                    String[] f = line.split("\\|");
                    var kind = PositionKind.valueOf(f[2]);
                    communePositions.put(f[1], people.createPosition(communeClerk, new PositionForm(
                            unit(communeClerk, f[0]), f[1], kind, "Thực hiện nhiệm vụ " + f[1].toLowerCase(
                                    java.util.Locale.ROOT) + " theo quy chế làm việc của Đảng ủy.",
                            kind == PositionKind.SUPPORT ? "Trung cấp trở lên" : "Đại học trở lên",
                            TheoryLevel.valueOf(f[4]), kind == PositionKind.LEADERSHIP ? 3 : 0, Integer.parseInt(f[3]),
                            List.of(new PositionForm.Competency(f[5], CompetencyGroup.PROFESSIONAL, 3),
                                    new PositionForm.Competency("Ứng dụng công nghệ thông tin",
                                            CompetencyGroup.GENERAL, 3)))));
                }
                place(communeClerk, COMMUNE, communePositions);
                log.info("Demo cadres added: {} in the commission, {} positions and {} cadres in the commune",
                        COMMISSION.size(), COMMUNE_POSITIONS.size(), COMMUNE.size());
            });
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String name(List<String> lines) {
        return lines.get(0).split("\\|")[0];
    }

    private Map<String, Long> positionsOf(CurrentUser clerk) {
        var ids = new HashMap<String, Long>();
        records.positions(clerk.agencyId()).forEach(p -> ids.put(p.getName(), p.getId()));
        return ids;
    }

    private void place(CurrentUser clerk, List<String> lines, Map<String, Long> positions) {
        int n = 0;
        for (String line : lines) {
            String[] f = line.split("\\|");
            int born = Integer.parseInt(f[5]);
            Long userId = "-".equals(f[1]) ? null : users.findByUsername(f[1]).map(u -> u.id()).orElse(null);
            Long unitId = "-".equals(f[2]) ? null : unit(clerk, f[2]);
            var theory = "-".equals(f[6]) ? null : TheoryLevel.valueOf(f[6]);
            LocalDate joined = theory == null ? null : LocalDate.of(born + 23, 1 + (n * 3) % 12, 5 + n % 20);
            Long id = people.create(clerk, new CadreForm(userId, unitId, f[0], LocalDate.of(born, 1 + (n * 7) % 12,
                    2 + (n * 5) % 26), Gender.valueOf(f[3]), Ethnicity.valueOf(f[4]), "Tỉnh Điện Biên", joined,
                    joined == null ? null : joined.plusYears(1), joined == null ? null : "Chi bộ cơ quan", f[7],
                    theory, "Chứng chỉ ứng dụng CNTT cơ bản", null));
            LocalDate start = LocalDate.of(Math.min(born + 23, 2024), 6, 1);
            people.recordPosition(clerk, id, new PositionHeldForm(f[8], null, start, DecisionKind.APPOINTMENT,
                    (200 + n) + "-QĐ/TU", start.minusDays(10)));
            Long position = positions.get(f[8]);
            if (position != null) {
                people.assign(clerk, position, new AssignmentForm(id, true, start));
            }
            n++;
        }
    }

    private Long unit(CurrentUser user, String abbreviation) {
        return organization.units(user.agencyId(), office.today()).stream()
                .filter(u -> abbreviation.equals(u.abbreviation())).findFirst().orElseThrow().id();
    }

    private CurrentUser as(String username) {
        var user = (CurrentUser) accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }
}
