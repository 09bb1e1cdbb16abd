package vn.eoffice.monitoring;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.eoffice.IntegrationTest;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;
import vn.eoffice.tasks.TaskQueries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The action-programme facade from request to status: on time and late, hosted (items become the committee's tasks)
 * and external (recorded by the commission), each committee seeing its own line only.
 */
@IntegrationTest
class ActionProgrammesIntegrationTests {

    @Autowired ActionProgrammes programmes;
    @Autowired MonitoringQueries monitoring;
    @Autowired CommitteeFixtures fixtures;
    @Autowired TaskQueries taskQueries;
    @Autowired JdbcTemplate jdbc;

    LocalDate today() {
        return taskQueries.today();
    }

    Long require(LocalDate dueOn, Long... committees) {
        return programmes.require(fixtures.account("lanhdao"), new ActionProgrammeRequest(
                "Nghị quyết thử " + CommitteeFixtures.tag(), DocumentKind.RESOLUTION, "NQ-" + CommitteeFixtures.tag(),
                LocalDate.of(2026, 1, 10), "Tỉnh ủy Điện Biên", CommitteeFixtures.ids(committees), dueOn));
    }

    ActionProgrammeForm form(Long... leadUnits) {
        var items = new java.util.ArrayList<ActionProgrammeForm.Item>();
        for (Long unit : leadUnits) {
            items.add(new ActionProgrammeForm.Item("Quán triệt nghị quyết tới chi bộ", unit, today().plusMonths(2)));
        }
        return new ActionProgrammeForm("Chương trình hành động thực hiện nghị quyết", "05-CTr/ĐU", items);
    }

    @Test
    void hostedCommitteeSubmitsOnTimeAndItsItemsBecomeItsUnitsTasks() {
        var commune = fixtures.hosted();
        Long external = fixtures.external(null);
        Long resolution = require(today().plusDays(20), commune.id(), external);
        assertThat(programmes.status(fixtures.account("lanhdao"), resolution)).extracting(CommitteeProgramme::light)
                .containsOnly(ProgrammeLight.GREY);

        Long plan = programmes.submit(commune.clerk(), resolution, commune.id(),
                form(commune.office(), commune.partyBuilding()), List.of());

        var summary = monitoring.summary(commune.clerk(), plan);
        assertThat(summary.agencyId()).isEqualTo(commune.id());
        assertThat(summary.kind()).isEqualTo(DocumentKind.PLAN);
        assertThat(jdbc.queryForObject("select count(*) from task where source_type = 'MONITORING' and source_id = ?"
                + " and agency_id = ?", Long.class, plan, commune.id())).isEqualTo(2L);
        var line = programmes.status(fixtures.account("lanhdao"), resolution).stream()
                .filter(p -> p.committeeId().equals(commune.id())).findFirst().orElseThrow();
        assertThat(line.light()).isEqualTo(ProgrammeLight.GREEN);
        assertThat(line.late()).isFalse();
        assertThat(line.actionProgrammeId()).isEqualTo(plan);
        assertThat(line.items()).isEqualTo(2);
        assertThat(line.itemsDone()).isZero();
        assertThat(line.submittedOn()).isEqualTo(today());
    }

    @Test
    void lateProgrammeIsRedUntilSubmittedThenMarkedLate() {
        var commune = fixtures.hosted();
        Long external = fixtures.external(null);
        Long resolution = require(today().minusDays(3), commune.id(), external);
        assertThat(programmes.status(fixtures.account("lanhdao"), resolution)).extracting(CommitteeProgramme::light)
                .containsOnly(ProgrammeLight.RED);

        programmes.submit(commune.secretary(), resolution, commune.id(), form(commune.office()), List.of());
        // the commission records the external committee's programme that came on paper
        programmes.submit(fixtures.account("lanhdao"), resolution, external, new ActionProgrammeForm(
                "Kế hoạch thực hiện", null, List.of(new ActionProgrammeForm.Item("Tuyên truyền", null,
                        today().plusMonths(1)))), List.of());

        var lines = programmes.status(fixtures.account("lanhdao"), resolution);
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.late()).isTrue();
            assertThat(line.light()).isEqualTo(ProgrammeLight.AMBER);
            assertThat(line.items()).isEqualTo(1);
        });
    }

    @Test
    void aCommitteeSeesItsOwnLineOnlyAndAnotherCommitteeNothing() {
        var commune = fixtures.hosted();
        var other = fixtures.hosted();
        var stranger = fixtures.hosted();
        Long resolution = require(today().plusDays(5), commune.id(), other.id());

        assertThat(programmes.status(commune.clerk(), resolution)).extracting(CommitteeProgramme::committeeId)
                .containsExactly(commune.id());
        assertThatThrownBy(() -> programmes.status(stranger.clerk(), resolution))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> programmes.submit(other.clerk(), resolution, commune.id(), form(commune.office()),
                List.of())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void refusesBadInputWithMessages() {
        var commune = fixtures.hosted();
        var other = fixtures.hosted();
        assertThatThrownBy(() -> require(today(), new Long[0])).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("monitoring.committee.required");
        Long resolution = require(today().plusDays(5), commune.id());
        assertThatThrownBy(() -> programmes.submit(commune.clerk(), resolution, commune.id(),
                form(other.office()), List.of())).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("monitoring.programme.item.unit");
        programmes.submit(commune.clerk(), resolution, commune.id(), form(commune.office()), List.of());
        assertThatThrownBy(() -> programmes.submit(commune.clerk(), resolution, commune.id(),
                form(commune.office()), List.of())).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("monitoring.programme.alreadySubmitted");
        // the commission cannot write a hosted committee's programme for it
        var again = require(today().plusDays(5), other.id());
        assertThatThrownBy(() -> programmes.submit(fixtures.account("lanhdao"), again, other.id(),
                form(other.office()), List.of())).isInstanceOf(DomainException.class);
    }

    @Test
    void requiringAgainOnTheSameNotationReusesTheResolution() {
        var commune = fixtures.hosted();
        var other = fixtures.hosted();
        var request = new ActionProgrammeRequest("Nghị quyết " + CommitteeFixtures.tag(), DocumentKind.RESOLUTION,
                "NQ-" + CommitteeFixtures.tag(), null, null, CommitteeFixtures.ids(commune.id()), today());
        Long first = programmes.require(fixtures.account("lanhdao"), request);
        Long second = programmes.require(fixtures.account("lanhdao"), new ActionProgrammeRequest(request.title(),
                request.kind(), request.notation(), null, null, CommitteeFixtures.ids(other.id()), today()));
        assertThat(second).isEqualTo(first);
        assertThat(programmes.status(fixtures.account("lanhdao"), first)).hasSize(2);
    }
}
