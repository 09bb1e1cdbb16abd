package vn.eoffice.monitoring;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.eoffice.IntegrationTest;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.WaitingStep;
import vn.eoffice.tasks.TaskQueries;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders to committees: claimed once in the ledger whoever runs the job how often; by hand in the application,
 * by e-mail or "by telephone"; and what a hosted committee owes stands in its clerk's and leaders' queue.
 */
@IntegrationTest
class CommitteeRemindersIntegrationTests {

    @Autowired MonitoringManagement monitoring;
    @Autowired CommitteeReporting reporting;
    @Autowired CommitteeReminders reminders;
    @Autowired ActionProgrammes programmes;
    @Autowired CommitteeWork work;
    @Autowired CommitteeFixtures fixtures;
    @Autowired OrganizationDirectory organization;
    @Autowired TaskQueries taskQueries;
    @Autowired JdbcTemplate jdbc;

    LocalDate today() {
        return taskQueries.today();
    }

    /** A monthly document whose last month's report fell due yesterday, with these committees. */
    Long overdueYesterday(Long... committees) {
        var leader = fixtures.account("lanhdao");
        var lastMonth = today().withDayOfMonth(1).minusMonths(1);
        Long unit = organization.units(leader.agencyId(), today()).get(0).id();
        var document = monitoring.register(leader, new MonitoredDocumentForm(DocumentKind.DIRECTIVE,
                "Chỉ thị nhắc " + CommitteeFixtures.tag(), null, null, null, null, unit, ReportingFrequency.MONTHLY,
                lastMonth, today().plusYears(1), today().getDayOfMonth() - 1));
        reporting.chooseCommittees(leader, document.id(), CommitteeFixtures.ids(committees));
        return document.id();
    }

    long ledger(Long documentId) {
        return jdbc.queryForObject("select count(*) from monitoring_committee_reminder where monitored_document_id = ?",
                Long.class, documentId);
    }

    @Test
    void eachReminderIsClaimedOnceHoweverOftenTheJobRuns() {
        var commune = fixtures.hosted();
        Long id = overdueYesterday(commune.id());
        reminders.sendDue(today());
        reminders.announceOpened(today());
        long first = ledger(id);
        // the clerk and the secretary: overdue for last month, opened for this one
        assertThat(first).isEqualTo(4);
        reminders.sendDue(today());
        reminders.announceOpened(today());
        assertThat(ledger(id)).isEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = ? and link like ?",
                Long.class, commune.clerk().id(), "/monitoring/" + id + "/%")).isEqualTo(2L);
    }

    @Test
    void theOfficerRemindsByHandInTheApplicationByMailOrByTelephone() {
        var commune = fixtures.hosted();
        Long external = fixtures.external(null);
        Long id = overdueYesterday(commune.id(), external);
        var leader = fixtures.account("lanhdao");
        assertThat(reporting.remind(leader, id, commune.id())).isEqualTo("IN_APP");
        assertThat(reporting.remind(leader, id, external)).isEqualTo("PHONE");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'MONITORING_COMMITTEE_REMINDED'"
                + " and object_id = ?", Long.class, String.valueOf(id))).isEqualTo(2L);
    }

    @Test
    void whatAHostedCommitteeOwesStandsInItsClerksQueue() {
        var commune = fixtures.hosted();
        overdueYesterday(commune.id());
        programmes.require(fixtures.account("lanhdao"), new ActionProgrammeRequest("Nghị quyết " + CommitteeFixtures.tag(),
                DocumentKind.RESOLUTION, null, null, null, CommitteeFixtures.ids(commune.id()), today().plusDays(9)));
        var steps = work.waitingFor(commune.clerk());
        assertThat(steps).extracting(WaitingStep::kind).containsExactly(CommitteeWork.REPORTS, CommitteeWork.PROGRAMMES);
        assertThat(steps.get(0).count()).isPositive();
        assertThat(steps.get(1).count()).isEqualTo(1L);
        assertThat(work.firstWaiting(commune.secretary(), CommitteeWork.REPORTS, 5)).isNotEmpty();
        assertThat(work.waitingFor(commune.head())).isEmpty();
        assertThat(work.waitingFor(fixtures.account("lanhdao"))).isEmpty();
    }
}
