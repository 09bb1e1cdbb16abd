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
 * Demo profile only: the commission's six units with their job positions and competency frameworks, 27 cadres
 * (the demo accounts among them) placed in them — one position over-filled, several vacant, a few people below
 * their position's political-theory standard — and three commune cadres, two without an account.
 */
@Component
@Profile("demo")
@Order(6)
class DemoPeople implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);

    /** unit | position | kind | headcount | theory required | professional competency. */
    private static final List<String> POSITIONS = List.of(
            "VP|Chánh Văn phòng|LEADERSHIP|1|ADVANCED|Tham mưu tổng hợp, điều phối công việc của Ban",
            "VP|Văn thư – lưu trữ|SUPPORT|1|ELEMENTARY|Nghiệp vụ văn thư, lưu trữ",
            "VP|Tổ chức cán bộ|PROFESSIONAL|1|INTERMEDIATE|Quản lý hồ sơ, chế độ chính sách cán bộ",
            "VP|Kế toán|PROFESSIONAL|1|INTERMEDIATE|Nghiệp vụ kế toán hành chính sự nghiệp",
            "VP|Lái xe, phục vụ|SUPPORT|2|-|An toàn giao thông, bảo quản phương tiện",
            "TTBC|Trưởng phòng Tuyên truyền, Báo chí – Xuất bản|LEADERSHIP|1|ADVANCED|Định hướng thông tin báo chí",
            "TTBC|Chuyên viên tuyên truyền|PROFESSIONAL|3|INTERMEDIATE|Tuyên truyền chủ trương, nghị quyết",
            "TTBC|Chuyên viên báo chí – xuất bản|PROFESSIONAL|2|INTERMEDIATE|Quản lý báo chí, xuất bản",
            "KGVH|Phó Trưởng phòng Khoa giáo, Văn hóa – Văn nghệ|LEADERSHIP|1|ADVANCED|Chỉ đạo công tác khoa giáo",
            "KGVH|Chuyên viên khoa giáo|PROFESSIONAL|2|INTERMEDIATE|Tham mưu về giáo dục, khoa học, y tế",
            "KGVH|Chuyên viên văn hóa – văn nghệ|PROFESSIONAL|2|INTERMEDIATE|Tham mưu về văn hóa, văn nghệ",
            "LLLS|Trưởng phòng Lý luận chính trị, Lịch sử Đảng|LEADERSHIP|1|ADVANCED|Nghiên cứu lý luận chính trị",
            "LLLS|Chuyên viên lý luận chính trị|PROFESSIONAL|2|ADVANCED|Học tập, quán triệt nghị quyết",
            "LLLS|Chuyên viên lịch sử Đảng|PROFESSIONAL|1|INTERMEDIATE|Biên soạn lịch sử Đảng bộ",
            "DVNN|Trưởng phòng Dân vận các cơ quan Nhà nước, dân tộc và tôn giáo|LEADERSHIP|1|ADVANCED|Dân vận chính quyền",
            "DVNN|Chuyên viên công tác dân tộc, tôn giáo|PROFESSIONAL|2|INTERMEDIATE|Công tác dân tộc, tôn giáo",
            "ĐTH|Trưởng phòng Đoàn thể và các Hội|LEADERSHIP|1|ADVANCED|Hướng dẫn Mặt trận, đoàn thể",
            "ĐTH|Chuyên viên đoàn thể và các hội|PROFESSIONAL|2|INTERMEDIATE|Công tác đoàn thể, hội quần chúng");

    /** name | account | unit | gender | ethnicity | born | theory | position (or the title of a leader). */
    private static final List<String> CADRES = List.of(
            "Lò Thị Ngọc|-|VP|FEMALE|THAI|1975|ADVANCED|Chánh Văn phòng",
            "Lường Thị Thu|vanthu|VP|FEMALE|THAI|1988|ELEMENTARY|Văn thư – lưu trữ",
            "Bạc Cầm Tuấn|-|VP|MALE|THAI|1986|INTERMEDIATE|Tổ chức cán bộ",
            "Nguyễn Thị Thanh Hà|-|VP|FEMALE|KINH|1990|INTERMEDIATE|Kế toán",
            "Vì Văn Dũng|-|VP|MALE|THAI|1980|-|Lái xe, phục vụ",
            "Hà Văn Phong|-|VP|MALE|KINH|1983|-|Lái xe, phục vụ",
            "Lý A Sử|-|VP|MALE|MONG|1992|-|Lái xe, phục vụ",
            "Trần Quang Minh|truongphong|TTBC|MALE|KINH|1978|ADVANCED|Trưởng phòng Tuyên truyền, Báo chí – Xuất bản",
            "Quàng Văn Hùng|chuyenvien|TTBC|MALE|THAI|1990|INTERMEDIATE|Chuyên viên tuyên truyền",
            "Vũ Thị Lan|chuyenvien2|TTBC|FEMALE|KINH|1993|ELEMENTARY|Chuyên viên tuyên truyền",
            "Lò Thị Hoa|-|TTBC|FEMALE|THAI|1991|INTERMEDIATE|Chuyên viên báo chí – xuất bản",
            "Đỗ Mạnh Cường|phokhoagiao|KGVH|MALE|KINH|1982|ADVANCED|Phó Trưởng phòng Khoa giáo, Văn hóa – Văn nghệ",
            "Đinh Thị Mai|dinhthimai|KGVH|FEMALE|KINH|1994|INTERMEDIATE|Chuyên viên khoa giáo",
            "Quàng Thị Duyên|-|KGVH|FEMALE|THAI|1989|INTERMEDIATE|Chuyên viên văn hóa – văn nghệ",
            "Tòng Văn Pọm|-|KGVH|MALE|KHO_MU|1987|INTERMEDIATE|Chuyên viên văn hóa – văn nghệ",
            "Phạm Văn Chiến|-|LLLS|MALE|KINH|1976|ADVANCED|Trưởng phòng Lý luận chính trị, Lịch sử Đảng",
            "Sùng A Chớ|-|LLLS|MALE|MONG|1988|BACHELOR|Chuyên viên lý luận chính trị",
            "Cà Thị Xuân|-|LLLS|FEMALE|THAI|1990|INTERMEDIATE|Chuyên viên lý luận chính trị",
            "Lò Văn Ươi|-|LLLS|MALE|LU|1985|INTERMEDIATE|Chuyên viên lịch sử Đảng",
            "Triệu Văn Vần|-|DVNN|MALE|DAO|1979|ADVANCED|Trưởng phòng Dân vận các cơ quan Nhà nước, dân tộc và tôn giáo",
            "Giàng A Lử|giangalu|DVNN|MALE|MONG|1991|INTERMEDIATE|Chuyên viên công tác dân tộc, tôn giáo",
            "Pờ Thị Sương|-|DVNN|FEMALE|HA_NHI|1995|ELEMENTARY|Chuyên viên công tác dân tộc, tôn giáo",
            "Lường Văn Chung|-|ĐTH|MALE|THAI|1977|ADVANCED|Trưởng phòng Đoàn thể và các Hội",
            "Chu Thị Mỷ|-|ĐTH|FEMALE|PHU_LA|1992|INTERMEDIATE|Chuyên viên đoàn thể và các hội",
            "Mùa A Dình|-|ĐTH|MALE|MONG|1990|INTERMEDIATE|Chuyên viên đoàn thể và các hội",
            "Lò Văn Thắng|lanhdao|-|MALE|THAI|1970|BACHELOR|Phó Trưởng ban Thường trực",
            "Nguyễn Thị Hương|truongban|-|FEMALE|KINH|1968|ADVANCED|Trưởng ban");

    private static final List<String> COMMUNE = List.of(
            "Tòng Thị Phương|chuyenvienxa|XDĐ|FEMALE|THAI|1994|INTERMEDIATE|Chuyên viên Ban Xây dựng Đảng",
            "Lò Văn Sính|-|XDĐ|MALE|KHO_MU|1984|ELEMENTARY|Cán bộ không chuyên trách",
            "Vàng A Páo|-|-|MALE|MONG|1986|ELEMENTARY|Bí thư Chi bộ bản Hua Sa");

    private static final List<String> HOMETOWNS = List.of("Xã Tuần Giáo, tỉnh Điện Biên",
            "Xã Mường Ảng, tỉnh Điện Biên", "Phường Mường Thanh, tỉnh Điện Biên", "Xã Quài Tở, tỉnh Điện Biên",
            "Xã Mường Phăng, tỉnh Điện Biên", "Phường Điện Biên Phủ, tỉnh Điện Biên");

    private final Cadres cadres;
    private final PeopleManagement people;
    private final OrganizationDirectory organization;
    private final UserManagement users;
    private final UserDetailsService accounts;
    private final TransactionTemplate transactions;
    private final PersonnelOffice office;

    DemoPeople(Cadres cadres, PeopleManagement people, OrganizationDirectory organization, UserManagement users,
            UserDetailsService accounts, TransactionTemplate transactions, PersonnelOffice office) {
        this.cadres = cadres;
        this.people = people;
        this.organization = organization;
        this.users = users;
        this.accounts = accounts;
        this.transactions = transactions;
        this.office = office;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (cadres.count() > 0) {
            return;
        }
        try {
            transactions.executeWithoutResult(status -> {
                var clerk = as("vanthu");
                var positions = positions(clerk);
                place(clerk, CADRES, positions);
                place(as("vanthuxa"), COMMUNE, Map.of());
            });
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("Demo people created: {} job positions, {} cadres", POSITIONS.size(), CADRES.size() + COMMUNE.size());
    }

    private Map<String, Long> positions(CurrentUser clerk) {
        var ids = new HashMap<String, Long>();
        for (String line : POSITIONS) {
            String[] f = line.split("\\|");
            var kind = PositionKind.valueOf(f[2]);
            var competencies = new java.util.ArrayList<>(List.of(
                    new PositionForm.Competency("Đạo đức công vụ, ý thức tổ chức kỷ luật", CompetencyGroup.GENERAL, 4),
                    new PositionForm.Competency("Giao tiếp, phối hợp công tác", CompetencyGroup.GENERAL, 3),
                    new PositionForm.Competency("Ứng dụng công nghệ thông tin", CompetencyGroup.GENERAL, 3),
                    new PositionForm.Competency(f[5], CompetencyGroup.PROFESSIONAL, kind == PositionKind.SUPPORT ? 3 : 4)));
            if (kind == PositionKind.LEADERSHIP) {
                competencies.add(new PositionForm.Competency("Lãnh đạo, điều hành đơn vị", CompetencyGroup.MANAGERIAL, 4));
                competencies.add(new PositionForm.Competency("Phân công, kiểm tra, đánh giá cán bộ",
                        CompetencyGroup.MANAGERIAL, 4));
            }
            ids.put(f[1], people.createPosition(clerk, new PositionForm(unit(clerk, f[0]), f[1], kind,
                    "Thực hiện nhiệm vụ " + f[1].toLowerCase(java.util.Locale.ROOT) + " theo quy chế làm việc của "
                            + "cơ quan.", kind == PositionKind.SUPPORT ? "Trung cấp trở lên" : "Đại học trở lên",
                    theory(f[4]), kind == PositionKind.LEADERSHIP ? 5 : 0, Integer.parseInt(f[3]), competencies)));
        }
        return ids;
    }

    private void place(CurrentUser clerk, List<String> lines, Map<String, Long> positions) {
        int n = 0;
        for (String line : lines) {
            String[] f = line.split("\\|");
            int born = Integer.parseInt(f[5]);
            Long userId = "-".equals(f[1]) ? null : users.findByUsername(f[1]).map(u -> u.id()).orElse(null);
            Long unitId = "-".equals(f[2]) ? null : unit(clerk, f[2]);
            var theory = theory(f[6]);
            LocalDate joined = theory == null ? null : LocalDate.of(born + 24, 1 + n % 12, 3 + n % 20);
            Long id = people.create(clerk, new CadreForm(userId, unitId, f[0], LocalDate.of(born, 1 + (n * 5) % 12,
                    1 + (n * 7) % 27), Gender.valueOf(f[3]), Ethnicity.valueOf(f[4]), HOMETOWNS.get(n % HOMETOWNS.size()),
                    joined, joined == null ? null : joined.plusYears(1), joined == null ? null : "Chi bộ cơ quan",
                    theory == null ? "Trung cấp" : "Đại học", theory, "Chứng chỉ ứng dụng CNTT cơ bản",
                    n % 3 == 0 ? "Tiếng Anh bậc 2" : null));
            LocalDate start = LocalDate.of(Math.min(born + 23, 2016), 3, 1);
            if (theory == TheoryLevel.ADVANCED || theory == TheoryLevel.BACHELOR) {
                people.recordPosition(clerk, id, new PositionHeldForm("Chuyên viên", null, start,
                        DecisionKind.APPOINTMENT, (40 + n) + "-QĐ/TU", start.minusDays(10)));
                start = LocalDate.of(2025, 3, 1);
                people.recordPosition(clerk, id, new PositionHeldForm(f[7], null, start, DecisionKind.TRANSFER,
                        (120 + n) + "-QĐ/TU", start.minusDays(5)));
            } else {
                people.recordPosition(clerk, id, new PositionHeldForm(f[7], null, start, DecisionKind.APPOINTMENT,
                        (60 + n) + "-QĐ/TU", start.minusDays(10)));
            }
            Long position = positions.get(f[7]);
            if (position != null) {
                people.assign(clerk, position, new AssignmentForm(id, true, start));
            }
            n++;
        }
    }

    private static TheoryLevel theory(String code) {
        return "-".equals(code) ? null : TheoryLevel.valueOf(code);
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
