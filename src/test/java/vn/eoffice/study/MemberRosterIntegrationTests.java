package vn.eoffice.study;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import vn.eoffice.IntegrationTest;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A commune keeps its roster by hand or from a file (all rows or none, bad rows named with their number), searches it
 * with or without diacritics; another commune learns nothing of it, the organising commission reads it.
 */
@IntegrationTest
class MemberRosterIntegrationTests {

    @Autowired LearnerFixtures fixtures;
    @Autowired PartyMemberRoster roster;
    @Autowired JdbcTemplate jdbc;

    @Test
    void importsAGoodFileAndSearchesWithoutDiacritics() {
        var study = fixtures.study(0);
        var clerk = study.commune().clerk();
        Long agency = study.commune().agencyId();
        String csv = """
                Chi bộ;Họ và tên;Số thẻ đảng viên;Chức vụ;Cán bộ chủ chốt
                Chi bộ Bản Noong;Lường Văn Thắng;%s1;Bí thư chi bộ;x
                Chi bộ Bản Noong;"Cà Thị Hoa";%s2;;
                """.formatted(StudyFixtures.tag(), StudyFixtures.tag());

        assertThat(roster.importRoster(clerk, agency, csv.getBytes(StandardCharsets.UTF_8), "ds.csv")).isEqualTo(2);
        var found = roster.list(clerk, agency, null, "luong van thang", false, 0);
        assertThat(found.members()).singleElement().satisfies(m -> {
            assertThat(m.fullName()).isEqualTo("Lường Văn Thắng");
            assertThat(m.keyLeader()).isTrue();
        });
        assertThat(roster.list(clerk, agency, "Chi bộ Bản Noong", "Hoa", false, 0).members()).hasSize(1);
        assertThat(roster.list(clerk, agency, null, null, false, 0).cells()).contains("Chi bộ Bản Noong",
                "Chi bộ Bản Mớ");
    }

    @Test
    void aBadFileNamesItsRowsAndImportsNothing() {
        var study = fixtures.study(0);
        var clerk = study.commune().clerk();
        Long agency = study.commune().agencyId();
        String csv = """
                Chi bộ,Họ và tên,Số thẻ đảng viên,Chức vụ,Cán bộ chủ chốt
                Chi bộ Bản Hẹ,Tòng Văn Đúng,AB12,,
                ,Không Có Chi Bộ,,,
                Chi bộ Bản Hẹ,Lò Văn Trùng,AB12,,
                """;
        long before = count(agency);

        assertThatThrownBy(() -> roster.importRoster(clerk, agency, csv.getBytes(StandardCharsets.UTF_8), "ds.csv"))
                .isInstanceOfSatisfying(PartyMemberImportRefused.class, e -> assertThat(e.problems())
                        .extracting(PartyMemberImportRefused.Problem::row, PartyMemberImportRefused.Problem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "study.member.cell.required"),
                                org.assertj.core.groups.Tuple.tuple(4, "study.member.import.cardTwice")));
        assertThat(count(agency)).isEqualTo(before);
        assertThatThrownBy(() -> roster.importRoster(clerk, agency, new byte[] { 1, 2 }, "ds.doc"))
                .isInstanceOf(DomainException.class).hasMessage("study.member.import.format");
    }

    @Test
    void anotherCommuneLearnsNothingAndTheCommissionOnlyReads() {
        var study = fixtures.study(1);
        Long agency = study.commune().agencyId();
        var other = study.province().second().clerk();
        var member = study.members().get(0);

        assertThatThrownBy(() -> roster.list(other, agency, null, null, false, 0))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> roster.member(other, member.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> roster.deactivate(other, member.id())).isInstanceOf(NotFoundException.class);
        var commission = study.province().officer();
        assertThat(roster.list(commission, agency, null, null, false, 0).mayKeep()).isFalse();
        assertThat(roster.list(commission, agency, null, null, false, 0).total()).isEqualTo(3);
        assertThat(roster.rosters(commission)).extracting(PartyMemberRoster.Roster::agencyId).contains(agency);
        assertThatThrownBy(() -> roster.deactivate(commission, member.id()))
                .isInstanceOf(AccessDeniedException.class);

        roster.deactivate(study.commune().leader(), member.id());
        assertThat(roster.list(study.commune().clerk(), agency, null, null, false, 0).total()).isEqualTo(2);
        assertThat(roster.list(study.commune().clerk(), agency, null, null, true, 0).total()).isEqualTo(3);
    }

    private long count(Long agency) {
        return jdbc.queryForObject("select count(*) from study_member where agency_id = ?", Long.class, agency);
    }
}
