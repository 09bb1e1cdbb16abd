package vn.eoffice.people;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.ExternalTools;
import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Staff statistics and their exports: the counts follow the records as kept (whatever other tests added), a person
 * below standard is listed with what she lacks, vacant and over-filled positions are named; the workbook and the PDF
 * are read back by LibreOffice and pdftotext with their Vietnamese intact; leaders see but do not export.
 */
@IntegrationTest
@AutoConfigureMockMvc
class PeopleStatisticsIntegrationTests {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired OrganizationDirectory organization;
    @Autowired PeopleManagement management;
    @Autowired PeopleStatistics statistics;
    @Autowired JdbcTemplate jdbc;

    @TempDir Path directory;

    CurrentUser account(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }

    Long unit(String abbreviation) {
        return organization.units(account("vanthu").agencyId(), OfficeDate.today()).stream()
                .filter(u -> abbreviation.equals(u.abbreviation())).findFirst().orElseThrow().id();
    }

    static String tag() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    /** A young Mông officer without political theory, in a leadership position that wants cao cấp and 5 years. */
    record Made(String name, Long cadreId, String strict, String loose, String crowded) {
    }

    Made make() {
        var clerk = account("vanthu");
        String t = tag();
        String name = "Giàng Thị Dua " + t;
        LocalDate birth = OfficeDate.today().minusYears(24).minusDays(3);
        Long cadre = management.create(clerk, new CadreForm(null, unit("LLLS"), name, birth, Gender.FEMALE,
                Ethnicity.MONG, null, null, null, null, "Trung cấp", null, null, null));
        management.recordPosition(clerk, cadre, new PositionHeldForm("Chuyên viên", null,
                OfficeDate.today().minusYears(1), DecisionKind.APPOINTMENT, "7-QĐ/TU", OfficeDate.today().minusYears(1)));
        String strict = "Phó Trưởng phòng thử " + t;
        Long strictId = management.createPosition(clerk, new PositionForm(unit("LLLS"), strict,
                PositionKind.LEADERSHIP, null, "Đại học trở lên", TheoryLevel.ADVANCED, 5, 2, List.of()));
        management.assign(clerk, strictId, new AssignmentForm(cadre, true, OfficeDate.today()));
        String loose = "Chuyên viên trống " + t;
        management.createPosition(clerk, new PositionForm(unit("LLLS"), loose, PositionKind.PROFESSIONAL, null, null,
                null, 0, 3, List.of()));
        String crowded = "Phục vụ đông " + t;
        Long crowdedId = management.createPosition(clerk, new PositionForm(unit("LLLS"), crowded,
                PositionKind.SUPPORT, null, null, null, 0, 1, List.of()));
        management.assign(clerk, crowdedId, new AssignmentForm(cadre, false, OfficeDate.today()));
        Long other = management.create(clerk, new CadreForm(null, unit("LLLS"), "Lò Văn Đông " + t,
                LocalDate.of(1980, 2, 3), Gender.MALE, Ethnicity.THAI, null, null, null, null, "Đại học",
                TheoryLevel.ADVANCED, null, null));
        management.assign(clerk, crowdedId, new AssignmentForm(other, true, OfficeDate.today()));
        return new Made(name, cadre, strict, loose, crowded);
    }

    @Test
    void countsFollowTheRecordsAndNameWhoFallsShortOfWhat() {
        var made = make();
        var leader = account("lanhdao");
        var all = statistics.statistics(leader, null, VI);
        long kept = jdbc.queryForObject("select count(*) from cadre where agency_id = ?", Long.class,
                leader.agencyId());
        assertThat(all.total()).isEqualTo(kept);
        for (var part : List.of(all.byAge(), all.byGender(), all.byEthnicity(), all.byTheory(), all.byEducation())) {
            assertThat(part.stream().mapToLong(StaffStatistics.Line::count).sum()).isEqualTo(kept);
        }
        assertThat(all.byUnit().stream().mapToLong(StaffStatistics.UnitLine::total).sum()).isEqualTo(kept);
        assertThat(all.byAge()).extracting(StaffStatistics.Line::label).containsSubsequence("Dưới 30 tuổi",
                "Từ 30 đến 40 tuổi", "Từ 41 đến 50 tuổi", "Từ 51 đến 60 tuổi", "Trên 60 tuổi");

        var unit = statistics.statistics(leader, unit("LLLS"), VI);
        long inUnit = jdbc.queryForObject("select count(*) from cadre where unit_id = ?", Long.class, unit("LLLS"));
        assertThat(unit.total()).isEqualTo(inUnit);
        long young = jdbc.queryForObject("select count(*) from cadre where unit_id = ? and birth_date > ?", Long.class,
                unit("LLLS"), OfficeDate.today().minusYears(30));
        assertThat(unit.byAge().get(0).count()).isEqualTo(young).isPositive();

        var shortfall = unit.shortfalls().stream().filter(s -> s.cadreId().equals(made.cadreId())
                && s.position().equals(made.strict())).findFirst().orElseThrow();
        assertThat(shortfall.missing()).containsExactly(
                "Lý luận chính trị: vị trí yêu cầu Cao cấp, hiện có Chưa qua đào tạo",
                "Trình độ chuyên môn: vị trí yêu cầu Đại học trở lên, hiện có Trung cấp",
                "Kinh nghiệm công tác: vị trí yêu cầu 5 năm, hiện có 1 năm");
        assertThat(unit.shortfalls()).noneMatch(s -> s.position().equals(made.crowded()));
        assertThat(unit.vacant()).anySatisfy(p -> {
            assertThat(p.position()).isEqualTo(made.loose());
            assertThat(p.assigned()).isZero();
        });
        assertThat(unit.vacant()).extracting(StaffStatistics.PositionLine::position).contains(made.strict());
        assertThat(unit.overFilled()).anySatisfy(p -> {
            assertThat(p.position()).isEqualTo(made.crowded());
            assertThat(p.assigned()).isEqualTo(2);
        });
    }

    @Test
    void eachUnitsTrainingPlanStandsAgainstWhatIsDone() {
        var leader = account("lanhdao");
        int year = OfficeDate.today().getYear();
        var lines = statistics.statistics(leader, null, VI).training();
        assertThat(lines).hasSize(jdbc.queryForObject("select count(*) from org_unit where agency_id = ?"
                + " and valid_from <= ? and (valid_to is null or valid_to >= ?)", Integer.class, leader.agencyId(),
                OfficeDate.today(), OfficeDate.today()));
        for (var line : lines) {
            Long unitId = line.unitId();
            var plan = jdbc.queryForList("select id from training_plan where unit_id = ? and plan_year = ?", Long.class,
                    unitId, year);
            assertThat(line.planned()).as(line.unit()).isEqualTo(!plan.isEmpty());
            if (!plan.isEmpty()) {
                long items = jdbc.queryForObject("select count(*) from training_plan_item where plan_id = ?",
                        Long.class, plan.get(0));
                long done = jdbc.queryForObject("select count(*) from training_plan_item where plan_id = ?"
                        + " and course_id is not null", Long.class, plan.get(0));
                assertThat(line.completion()).as(line.unit()).isEqualTo(new Completion(items, done));
            }
        }
        // the demo's theory unit has an approved plan partly done; the statistics of that unit show only it
        var theory = statistics.statistics(leader, unit("LLLS"), VI).training();
        assertThat(theory).singleElement().satisfies(line -> {
            assertThat(line.planned()).isTrue();
            assertThat(line.completion().done()).isPositive().isLessThan(line.completion().planned());
        });
    }

    @Test
    void officersAreRefusedAndEachReadingIsAudited() throws Exception {
        assertThatThrownBy(() -> statistics.statistics(account("chuyenvien"), null, VI))
                .isInstanceOf(AccessDeniedException.class);
        long before = audits("PERSONNEL_STATISTICS_READ", "lanhdao");
        mvc.perform(get("/api/v1/people/statistics").with(user(account("lanhdao")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("byEthnicity")));
        mvc.perform(get("/people/statistics").with(user(account("lanhdao")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Cán bộ chưa đạt tiêu chuẩn")))
                .andExpect(content().string(containsString("Kế hoạch đào tạo, bồi dưỡng")));
        assertThat(audits("PERSONNEL_STATISTICS_READ", "lanhdao")).isEqualTo(before + 2);
        mvc.perform(get("/people/statistics").with(user(account("chuyenvien")))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people/statistics").param("unitId", "999999").with(user(account("lanhdao"))))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Đơn vị")));
    }

    @Test
    void thePersonnelOfficeExportsWorkbooksAndPdfsThatIndependentToolsReadBack() throws Exception {
        ExternalTools.require(ExternalTools.SOFFICE, ExternalTools.PDFTOTEXT);
        var made = make();
        var clerk = account("vanthu");
        long before = audits("PERSONNEL_EXPORTED", "vanthu");
        byte[] list = download("/api/v1/people/export.xlsx", clerk);
        byte[] stats = download("/people/statistics.xlsx", clerk);
        byte[] listPdf = download("/people/export.pdf", clerk);
        byte[] statsPdf = download("/api/v1/people/statistics.pdf?unitId=" + unit("LLLS"), clerk);
        assertThat(audits("PERSONNEL_EXPORTED", "vanthu")).isEqualTo(before + 4);

        var csv = csv(List.of(write("danh-sach.xlsx", list), write("thong-ke.xlsx", stats)));
        String birth = vn.eoffice.platform.Dates.DATE.format(OfficeDate.today().minusYears(24).minusDays(3));
        assertThat(csv.get(0)).contains("DANH SÁCH CÁN BỘ", made.name() + "," + birth + ",Nữ,Mông,"
                + "\"Phòng Lý luận chính trị, Lịch sử Đảng\"");
        assertThat(csv.get(0)).contains(made.name(), birth, "Mông", made.strict());
        assertThat(csv.get(1)).contains("BÁO CÁO THỐNG KÊ CÁN BỘ", "Cơ cấu theo dân tộc", "Dưới 30 tuổi",
                made.name(), made.crowded(), "Lý luận chính trị: vị trí yêu cầu Cao cấp");

        String listText = ExternalTools.pdfText(write("danh-sach.pdf", listPdf), false);
        assertThat(listText).contains("DANH SÁCH CÁN BỘ", "Giàng Thị Dua", "Mông", "ĐẢNG CỘNG SẢN VIỆT NAM");
        String statsText = ExternalTools.pdfText(write("thong-ke.pdf", statsPdf), false);
        assertThat(statsText).contains("BÁO CÁO THỐNG KÊ CÁN BỘ", "Phòng Lý luận chính trị, Lịch sử Đảng",
                "Cơ cấu theo trình độ lý luận chính trị", made.loose(), "Kế hoạch đào tạo, bồi dưỡng");
    }

    @Test
    void leadersSeeStatisticsButDoNotExportAndNothingIsAudited() throws Exception {
        long before = audits("PERSONNEL_EXPORTED", "lanhdao");
        for (String uri : List.of("/api/v1/people/export.xlsx", "/api/v1/people/statistics.pdf", "/people/export.pdf",
                "/people/statistics.xlsx")) {
            mvc.perform(get(uri).with(user(account("lanhdao")))).andExpect(status().isForbidden());
            mvc.perform(get(uri).with(user(account("chuyenvien")))).andExpect(status().isForbidden());
        }
        assertThat(audits("PERSONNEL_EXPORTED", "lanhdao")).isEqualTo(before);
        mvc.perform(get("/people/export.docx").with(user(account("vanthu")))).andExpect(status().isNotFound());
    }

    private byte[] download(String uri, CurrentUser user) throws Exception {
        return mvc.perform(get(uri).with(user(user))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private long audits(String action, String username) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and actor_username = ? "
                + "and outcome = 'SUCCESS'", Long.class, action, username);
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(directory.resolve(name), bytes);
    }

    /** Each workbook's first sheet as LibreOffice reads it, saved as UTF-8 CSV (one soffice run for all). */
    private List<String> csv(List<Path> workbooks) throws Exception {
        var command = new java.util.ArrayList<>(List.of(ExternalTools.SOFFICE, "-env:UserInstallation=file://"
                + directory.resolve("lo-profile"), "--headless", "--norestore", "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", directory.resolve("csv").toString()));
        workbooks.forEach(w -> command.add(w.toString()));
        var result = ExternalTools.run(directory, 240, command.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.output()).isZero();
        var texts = new java.util.ArrayList<String>();
        for (Path w : workbooks) {
            String name = w.getFileName().toString().replace(".xlsx", ".csv");
            texts.add(Files.readString(directory.resolve("csv").resolve(name), StandardCharsets.UTF_8));
        }
        return texts;
    }
}
