package vn.eoffice.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.EOfficeProperties;
import vn.eoffice.platform.NotFoundException;
import vn.eoffice.tasks.SourceType;
import vn.eoffice.tasks.TaskManagement;
import vn.eoffice.tasks.TaskQueries;
import vn.eoffice.tasks.TaskTally;

/**
 * Read side of monitoring: the list with traffic lights, a document's plan, reporting periods with who has and has
 * not reported, supervision plans, and single reports for download.
 */
@Service
@Transactional(readOnly = true)
public class MonitoringQueries {

    private final MonitoredDocuments documents;
    private final PlanItems items;
    private final ImplementationReports reports;
    private final SupervisionPlans plans;
    private final Recommendations recommendations;
    private final MonitoringAccess access;
    private final MonitoringManagement management;
    private final TaskManagement tasks;
    private final TaskQueries taskQueries;
    private final Clock clock;
    private final EOfficeProperties properties;

    MonitoringQueries(MonitoredDocuments documents, PlanItems items, ImplementationReports reports, SupervisionPlans plans,
            Recommendations recommendations, MonitoringAccess access, MonitoringManagement management,
            TaskManagement tasks, TaskQueries taskQueries, Clock clock, EOfficeProperties properties) {
        this.documents = documents;
        this.items = items;
        this.reports = reports;
        this.plans = plans;
        this.recommendations = recommendations;
        this.access = access;
        this.management = management;
        this.tasks = tasks;
        this.taskQueries = taskQueries;
        this.clock = clock;
        this.properties = properties;
    }

    /** Every monitored document of the person's agency, newest first. */
    public List<MonitoredDocumentSummary> documents(Long agencyId) {
        return documents.findByAgencyIdOrderByIdDesc(agencyId).stream().map(MonitoredDocument::summary).toList();
    }

    public List<MonitoringViews.Row> list(CurrentUser user) {
        var tallies = taskQueries.tallyBySource(user.agencyId(), SourceType.MONITORING);
        var rows = new ArrayList<MonitoringViews.Row>();
        for (var document : documents.findByAgencyIdOrderByIdDesc(user.agencyId())) {
            long missing = periods(document, user).stream()
                    .flatMap(p -> p.units().stream()).filter(MonitoringViews.UnitStatus::late).count();
            rows.add(new MonitoringViews.Row(document.summary(),
                    tallies.getOrDefault(document.getId(), TaskTally.empty(document.getId())), missing));
        }
        return rows;
    }

    public MonitoredDocumentSummary summary(CurrentUser user, Long id) {
        return access.visible(user, found(id)).summary();
    }

    public MonitoringViews.Details details(CurrentUser user, Long id) {
        var document = access.visible(user, found(id));
        var tally = taskQueries.tallyBySource(user.agencyId(), SourceType.MONITORING)
                .getOrDefault(id, TaskTally.empty(id));
        var itemRows = items.findByMonitoredDocumentIdOrderById(id).stream()
                .map(i -> new MonitoringViews.Item(i.getId(), i.getTitle(), tasks.summary(i.getTaskId()))).toList();
        var periods = new ArrayList<>(periods(document, user));
        periods.sort(Comparator.comparing((MonitoringViews.PeriodStatus p) -> p.period().start()).reversed());
        var supervisions = plans.findByMonitoredDocumentIdOrderByStartDateDescIdDesc(id).stream()
                .map(p -> p.view(recommendations.findByPlanIdOrderById(p.getId()).stream()
                        .map(Recommendation::view).toList()))
                .toList();
        Set<Long> reportable = new LinkedHashSet<>();
        management.reportingUnits(id).stream().filter(u -> access.mayReportFor(user, u)).forEach(reportable::add);
        return new MonitoringViews.Details(document.summary(), tally, itemRows, periods, supervisions,
                access.mayManage(user, document), reportable);
    }

    /** Who has and has not reported for each period begun so far, oldest first. */
    List<MonitoringViews.PeriodStatus> periods(MonitoredDocument document, CurrentUser user) {
        var units = management.reportingUnits(document.getId()).stream().sorted().toList();
        Map<String, ImplementationReport> sent = new HashMap<>();
        reports.findByMonitoredDocumentIdOrderByPeriodStartAscUnitIdAsc(document.getId())
                .forEach(r -> sent.put(r.getPeriodStart() + "/" + r.getUnitId(), r));
        LocalDate today = today();
        var result = new ArrayList<MonitoringViews.PeriodStatus>();
        for (var period : document.getFrequency().periods(document.getReportingFrom(), document.getReportingUntil(),
                document.getReportDueDays(), today)) {
            var statuses = new ArrayList<MonitoringViews.UnitStatus>();
            for (Long unit : units) {
                var report = sent.get(period.start() + "/" + unit);
                boolean readable = report != null && user != null && access.mayReadReport(user, document, unit);
                statuses.add(new MonitoringViews.UnitStatus(unit, report != null,
                        report == null && period.due().isBefore(today), readable ? report.view() : null));
            }
            result.add(new MonitoringViews.PeriodStatus(period, statuses));
        }
        return result;
    }

    /** One period's status for the consolidated report; only the managers of the document may compile it. */
    public MonitoringViews.PeriodStatus period(CurrentUser user, Long id, LocalDate start) {
        var document = access.visible(user, found(id));
        access.require(access.mayManage(user, document), "CONSOLIDATE", id);
        return periods(document, user).stream().filter(p -> p.period().start().equals(start)).findFirst()
                .orElseThrow(() -> new NotFoundException("period " + start));
    }

    /** The id of a file of a unit report, if the person may read that report. */
    public Long reportFile(CurrentUser user, Long id, Long reportId, Long fileId) {
        var document = access.visible(user, found(id));
        var report = reports.findById(reportId).filter(r -> r.view().monitoredDocumentId().equals(id))
                .orElseThrow(() -> new NotFoundException("report " + reportId));
        if (!access.mayReadReport(user, document, report.getUnitId())
                || report.view().files().stream().noneMatch(f -> f.fileId().equals(fileId))) {
            throw new NotFoundException("file " + fileId);
        }
        return fileId;
    }

    /** How long after the due day a missing report is still chased. */
    static final int REMIND_OVERDUE_DAYS = 30;

    /** Reports owed soon or overdue (up to a month), in every agency, for the reminder job. */
    List<Owed> owed(LocalDate today, int daysBefore) {
        var owed = new ArrayList<Owed>();
        for (var document : documents.findAll()) {
            for (var status : periods(document, null)) {
                var due = status.period().due();
                if (due.minusDays(daysBefore).isAfter(today) || due.plusDays(REMIND_OVERDUE_DAYS).isBefore(today)) {
                    continue;
                }
                status.units().stream().filter(u -> !u.reported())
                        .forEach(u -> owed.add(new Owed(document.getId(), document.getTitle(), status.period(),
                                u.unitId(), due.isBefore(today))));
            }
        }
        return owed;
    }

    /** The agency's reports that {@code unitId} owes soon or overdue (up to a month), for the person's queue. */
    List<Owed> owedBy(Long agencyId, Long unitId, LocalDate today, int daysBefore) {
        var owed = new ArrayList<Owed>();
        for (var document : documents.findByAgencyIdOrderByIdDesc(agencyId)) {
            // the periods are computed, not read: only a document with a period due about now costs a query
            var due = document.getFrequency().periods(document.getReportingFrom(), document.getReportingUntil(),
                    document.getReportDueDays(), today).stream()
                    .filter(p -> !p.due().minusDays(daysBefore).isAfter(today)
                            && !p.due().plusDays(REMIND_OVERDUE_DAYS).isBefore(today))
                    .toList();
            if (due.isEmpty() || !management.reportingUnits(document.getId()).contains(unitId)) {
                continue;
            }
            for (var period : due) {
                if (reports.findByMonitoredDocumentIdAndPeriodStartAndUnitId(document.getId(), period.start(), unitId)
                        .isEmpty()) {
                    owed.add(new Owed(document.getId(), document.getTitle(), period, unitId,
                            period.due().isBefore(today)));
                }
            }
        }
        return owed;
    }

    record Owed(Long documentId, String title, ReportingPeriod period, Long unitId, boolean overdue) {
    }

    private MonitoredDocument found(Long id) {
        return documents.findById(id).orElseThrow(() -> new NotFoundException("monitored document " + id));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.timeZone()));
    }
}
