package vn.eoffice.people;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Personnel records: who sees them (the person, the personnel office, the leaders; everyone else "not found" by
 * list, search, page and API), the audit of another's read, validation, the effective-dated history, staffing of a
 * position and the political-theory standard.
 */
@IntegrationTest
@AutoConfigureMockMvc
class PeopleIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired OrganizationDirectory organization;
    @Autowired PeopleManagement management;
    @Autowired PeopleQueries queries;
    @Autowired JdbcTemplate jdbc;

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

    CadreForm person(String name, TheoryLevel theory) {
        return new CadreForm(null, unit("TTBC"), name, LocalDate.of(1990, 5, 17), Gender.FEMALE, Ethnicity.THAI,
                "Xã Mường Phăng, tỉnh Điện Biên", null, null, null, "Đại học", theory, null, null);
    }

    Long create(String name, TheoryLevel theory) {
        return management.create(account("vanthu"), person(name, theory));
    }

    long audited(Long cadreId) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = 'PERSONNEL_RECORD_READ' "
                + "and object_id = ? and outcome = 'SUCCESS'", Long.class, String.valueOf(cadreId));
    }

    @Test
    void anOfficerNeverSeesAnotherPersonsRecordByListSearchPageOrApi() throws Exception {
        String name = "Cà Thị Ánh " + tag();
        Long other = create(name, TheoryLevel.INTERMEDIATE);
        var officer = account("chuyenvien");
        Long own = queries.ownRecord(officer).orElseThrow();

        assertThat(queries.list(officer, null, null)).extracting(CadreSummary::id).containsExactly(own);
        assertThat(queries.list(officer, "ca thi anh", null)).isEmpty();
        assertThatThrownBy(() -> queries.profile(officer, other)).isInstanceOf(NotFoundException.class);
        mvc.perform(get("/api/v1/people").with(user(officer))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(name))));
        mvc.perform(get("/api/v1/people").param("q", "Cà Thị Ánh").with(user(officer)))
                .andExpect(content().string("[]"));
        mvc.perform(get("/api/v1/people/" + other).with(user(officer))).andExpect(status().isNotFound());
        mvc.perform(get("/people/" + other).with(user(officer))).andExpect(status().isNotFound());
        mvc.perform(get("/people").param("q", "anh").with(user(officer)))
                .andExpect(content().string(not(containsString(name))));
        mvc.perform(get("/positions").with(user(officer))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people/" + own).with(user(officer))).andExpect(status().isOk());
    }

    @Test
    void theCommunesPersonnelOfficeDoesNotSeeTheCommissionsRecords() throws Exception {
        Long other = create("Lò Văn Bảo " + tag(), null);
        var communeClerk = account("vanthuxa");
        assertThat(queries.list(communeClerk, null, null)).extracting(CadreSummary::id).doesNotContain(other);
        mvc.perform(get("/api/v1/people/" + other).with(user(communeClerk))).andExpect(status().isNotFound());
    }

    @Test
    void readingAnotherPersonsRecordIsAuditedButReadingOnesOwnIsNot() {
        Long other = create("Quàng Thị Bình " + tag(), null);
        long before = audited(other);
        queries.profile(account("lanhdao"), other);
        assertThat(audited(other)).isEqualTo(before + 1);
        queries.profile(account("vanthu"), other);
        assertThat(audited(other)).isEqualTo(before + 2);

        var officer = account("chuyenvien");
        Long own = queries.ownRecord(officer).orElseThrow();
        long ownBefore = audited(own);
        queries.profile(officer, own);
        assertThat(audited(own)).isEqualTo(ownBefore);
    }

    @Test
    void leadersBrowseButOnlyThePersonnelOfficeKeepsRecords() throws Exception {
        assertThat(queries.mayBrowse(account("lanhdao"))).isTrue();
        assertThat(queries.mayKeep(account("lanhdao"))).isFalse();
        assertThat(queries.mayKeep(account("vanthu"))).isTrue();
        assertThat(queries.mayBrowse(account("admin"))).isFalse();
        assertThat(queries.mayBrowse(account("truongphong"))).isFalse();
        String name = "Lò Thị Cúc " + tag();
        mvc.perform(post("/api/v1/people").with(user(account("lanhdao"))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json(name))).andExpect(status().isForbidden());
        assertThat(count(name)).isZero();
    }

    @Test
    void invalidInputIsRefusedInVietnameseAndNothingIsWritten() throws Exception {
        var clerk = account("vanthu");
        mvc.perform(post("/api/v1/people").with(user(clerk)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"gender\":\"FEMALE\",\"ethnicity\":\"THAI\",\"birthDate\":\"1990-01-01\"}"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Cần nhập họ và tên")));
        String name = "Tòng Văn Đức " + tag();
        String partyBeforeJoining = json(name).replace("}", ",\"partyJoined\":\"2015-05-01\","
                + "\"partyOfficial\":\"2014-05-01\"}");
        mvc.perform(post("/api/v1/people").with(user(clerk)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(partyBeforeJoining)).andExpect(status().is4xxClientError())
                .andExpect(content().string(containsString("Ngày chính thức phải sau ngày vào Đảng")));
        mvc.perform(post("/api/v1/people").with(user(clerk)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json(name).replace("1990-05-17", "2990-05-17"))).andExpect(status().isBadRequest());
        assertThat(count(name)).isZero();
        mvc.perform(post("/api/v1/positions").with(user(clerk)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"unitId\":" + unit("TTBC") + ",\"name\":\"Vị trí thử\",\"kind\":\"PROFESSIONAL\","
                        + "\"headcount\":0,\"competencies\":[{\"name\":\"Viết\",\"group\":\"GENERAL\",\"level\":9}]}"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("từ 1 đến 100")))
                .andExpect(content().string(containsString("Cấp độ yêu cầu từ 1 đến 5")));
    }

    @Test
    void theHistoryIsEffectiveDatedAndANewDecisionEndsTheCurrentPosition() {
        var clerk = account("vanthu");
        Long id = create("Lường Văn Hải " + tag(), TheoryLevel.INTERMEDIATE);
        management.recordPosition(clerk, id, new PositionHeldForm("Chuyên viên", "Phòng Tuyên truyền",
                LocalDate.of(2018, 3, 1), DecisionKind.APPOINTMENT, "12-QĐ/TU", LocalDate.of(2018, 2, 20)));
        management.recordPosition(clerk, id, new PositionHeldForm("Phó Trưởng phòng", "Phòng Tuyên truyền",
                LocalDate.of(2024, 7, 1), DecisionKind.APPOINTMENT, "305-QĐ/TU", LocalDate.of(2024, 6, 25)));

        var profile = queries.profile(clerk, id);
        assertThat(profile.heldOn(LocalDate.of(2024, 6, 30)).orElseThrow().title()).isEqualTo("Chuyên viên");
        assertThat(profile.heldOn(LocalDate.of(2024, 7, 1)).orElseThrow().title()).isEqualTo("Phó Trưởng phòng");
        assertThat(profile.heldOn(LocalDate.of(2017, 1, 1))).isEmpty();
        assertThat(profile.history()).extracting(CadreProfile.HeldPosition::validTo)
                .containsExactly(null, LocalDate.of(2024, 6, 30));
        assertThat(queries.list(clerk, profile.fullName(), null)).extracting(CadreSummary::currentTitle)
                .containsExactly("Phó Trưởng phòng");

        assertThatThrownBy(() -> management.recordPosition(clerk, id, new PositionHeldForm("Trưởng phòng", null,
                LocalDate.of(2020, 1, 1), DecisionKind.TRANSFER, "1-QĐ/TU", LocalDate.of(2019, 12, 1))))
                .isInstanceOf(DomainException.class);
        assertThat(queries.profile(clerk, id).history()).hasSize(2);
    }

    @Test
    void aPositionShowsVacancyAndOverFillingAndFlagsThoseBelowItsTheoryStandard() {
        var clerk = account("vanthu");
        Long position = management.createPosition(clerk, new PositionForm(unit("LLLS"), "Chuyên viên thử " + tag(),
                PositionKind.PROFESSIONAL, "Nghiên cứu", "Đại học", TheoryLevel.ADVANCED, 2, 1,
                List.of(new PositionForm.Competency("Nghiên cứu lý luận", CompetencyGroup.PROFESSIONAL, 4))));
        assertThat(queries.position(clerk, position).summary().staffing()).isEqualTo(Staffing.VACANT);

        Long bachelor = create("Sùng Thị Dợ " + tag(), TheoryLevel.BACHELOR);
        management.assign(clerk, position, new AssignmentForm(bachelor, true, OfficeDate.today()));
        assertThat(queries.position(clerk, position).summary().staffing()).isEqualTo(Staffing.FILLED);

        Long intermediate = create("Lò Văn Ếnh " + tag(), TheoryLevel.INTERMEDIATE);
        management.assign(clerk, position, new AssignmentForm(intermediate, false, OfficeDate.today()));
        var details = queries.position(clerk, position);
        assertThat(details.summary().staffing()).isEqualTo(Staffing.OVER_FILLED);
        assertThat(details.summary().assigned()).isEqualTo(2);
        assertThat(details.holders()).extracting(PositionDetails.Holder::cadreId, PositionDetails.Holder::meetsTheory)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(bachelor, true),
                        org.assertj.core.groups.Tuple.tuple(intermediate, false));
        assertThat(details.competencies()).extracting(PositionForm.Competency::level).containsExactly(4);

        assertThatThrownBy(() -> management.assign(clerk, position,
                new AssignmentForm(bachelor, false, OfficeDate.today()))).isInstanceOf(DomainException.class);
    }

    @Test
    void aNewPrimaryPositionEndsThePreviousPrimaryOne() {
        var clerk = account("vanthu");
        Long first = management.createPosition(clerk, new PositionForm(unit("TTBC"), "Vị trí một " + tag(),
                PositionKind.PROFESSIONAL, null, null, null, 0, 1, List.of()));
        Long second = management.createPosition(clerk, new PositionForm(unit("TTBC"), "Vị trí hai " + tag(),
                PositionKind.PROFESSIONAL, null, null, null, 0, 1, List.of()));
        Long id = create("Vì Thị Gấm " + tag(), null);
        management.assign(clerk, first, new AssignmentForm(id, true, OfficeDate.today().minusDays(30)));
        management.assign(clerk, second, new AssignmentForm(id, true, OfficeDate.today()));
        assertThat(queries.profile(clerk, id).holdings()).extracting(CadreProfile.Holding::positionId)
                .containsExactly(second);
        assertThat(queries.position(clerk, first).summary().staffing()).isEqualTo(Staffing.VACANT);
    }

    @Test
    void searchFindsNamesWithOrWithoutDiacriticsAndFiltersByUnit() {
        var clerk = account("vanthu");
        String suffix = tag();
        Long id = create("Đèo Thị Hường " + suffix, null);
        assertThat(queries.list(clerk, "deo thi huong " + suffix, null)).extracting(CadreSummary::id)
                .containsExactly(id);
        assertThat(queries.list(clerk, "Đèo Thị Hường " + suffix, unit("TTBC"))).extracting(CadreSummary::id)
                .containsExactly(id);
        assertThat(queries.list(clerk, "deo thi huong " + suffix, unit("VP"))).isEmpty();
    }

    private String json(String name) {
        return "{\"unitId\":" + unit("TTBC") + ",\"fullName\":\"" + name + "\",\"birthDate\":\"1990-05-17\","
                + "\"gender\":\"MALE\",\"ethnicity\":\"KHO_MU\"}";
    }

    private long count(String name) {
        return jdbc.queryForObject("select count(*) from cadre where full_name = ?", Long.class, name);
    }
}
