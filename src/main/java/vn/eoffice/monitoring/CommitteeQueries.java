package vn.eoffice.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.Outcome;
import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.EOfficeProperties;
import vn.eoffice.platform.NotFoundException;

/**
 * Read side of the committees' reporting: a document's committees × periods board with lights, the province view
 * (every document's committees in their current period) with its overdue list, and what a committee owes. The
 * commission sees every committee; a committee's people see their own line only.
 */
@Service
@Transactional(readOnly = true)
public class CommitteeQueries {

    private final MonitoredDocuments documents;
    private final CommitteeReports reports;
    private final AccessControl control;
    private final OrganizationDirectory organization;
    private final AuditLog audit;
    private final Clock clock;
    private final EOfficeProperties properties;
    private final int warnDays;

    CommitteeQueries(MonitoredDocuments documents, CommitteeReports reports, AccessControl control, OrganizationDirectory organization, AuditLog audit, Clock clock,
            EOfficeProperties properties, @Value("${eoffice.monitoring.warn-days:7}") int warnDays) {
        this.documents = documents;
        this.reports = reports;
        this.control = control;
        this.organization = organization;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
        this.warnDays = warnDays;
    }

    /** Days before the due day from which a missing report turns amber. */
    public int warnDays() {
        return warnDays;
    }

    public CommitteeViews.Board board(CurrentUser user, Long documentId) {
        var document = viewable(user, documentId);
        var today = today();
        var periods = periods(document, today);
        var sent = sent(document);
        var rows = new ArrayList<CommitteeViews.CommitteeRow>();
        Map<ProgrammeLight, Long> counts = new EnumMap<>(ProgrammeLight.class);
        for (Long committee : seenBy(user, document)) {
            var agency = organization.agency(committee);
            var cells = new ArrayList<CommitteeViews.Cell>();
            for (var period : periods) {
                var report = sent.get(period.start() + "/" + committee);
                var cell = new CommitteeViews.Cell(period, ProgrammeLight.of(period.due(),
                        report == null ? null : report.getSubmittedOn(), today, warnDays),
                        report == null ? null : report.getSubmittedOn(), report == null ? null : report.getId());
                counts.merge(cell.light(), 1L, Long::sum);
                cells.add(cell);
            }
            rows.add(new CommitteeViews.CommitteeRow(committee, agency.name(), agency.hosted(), agency.email(), cells));
        }
        rows.sort(Comparator.comparing(CommitteeViews.CommitteeRow::name));
        return new CommitteeViews.Board(document.summary(), periods, rows, counts, document.headings(),
                document.getTemplateFileName(), user.agencyId().equals(document.getAgencyId())
                        && control.mayRecordForCommittee(user, document.getAgencyId(),
                                document.getResponsibleUnitId()));
    }

    /** Every document in force with committees, each committee's light for its current period; filters optional. */
    public CommitteeViews.Province province(CurrentUser user, Long committeeFilter, ProgrammeLight lightFilter) {
        var today = today();
        var rows = new ArrayList<CommitteeViews.ProvinceRow>();
        var overdue = new ArrayList<CommitteeViews.Overdue>();
        Map<ProgrammeLight, Long> counts = new EnumMap<>(ProgrammeLight.class);
        Map<Long, String> names = new HashMap<>();
        var visible = new ArrayList<>(documents.withCommittees(user.agencyId()));
        visible.addAll(documents.reportedOnBy(user.agencyId()));
        for (var document : visible) {
            var periods = periods(document, today);
            if (periods.isEmpty() || document.getReportingUntil().plusMonths(1).isBefore(today)) {
                continue;
            }
            var current = current(periods, today);
            var sent = sent(document);
            for (Long committee : seenBy(user, document)) {
                if (committeeFilter != null && !committeeFilter.equals(committee)) {
                    continue;
                }
                String name = names.computeIfAbsent(committee, id -> organization.agency(id).name());
                var report = sent.get(current.start() + "/" + committee);
                var submittedOn = report == null ? null : report.getSubmittedOn();
                var light = ProgrammeLight.of(current.due(), submittedOn, today, warnDays);
                for (var period : periods) {
                    if (period.due().isBefore(today) && !sent.containsKey(period.start() + "/" + committee)) {
                        overdue.add(new CommitteeViews.Overdue(document.getId(), document.getTitle(), committee, name,
                                period, ChronoUnit.DAYS.between(period.due(), today)));
                    }
                }
                if (lightFilter != null && lightFilter != light) {
                    continue;
                }
                counts.merge(light, 1L, Long::sum);
                rows.add(new CommitteeViews.ProvinceRow(document.getId(), document.getTitle(), document.getNotation(),
                        committee, name, current, light, submittedOn));
            }
        }
        rows.sort(Comparator.comparing(CommitteeViews.ProvinceRow::committee)
                .thenComparing(CommitteeViews.ProvinceRow::documentId));
        overdue.sort(Comparator.comparingLong(CommitteeViews.Overdue::daysOverdue).reversed()
                .thenComparing(CommitteeViews.Overdue::committee));
        return new CommitteeViews.Province(rows, counts, overdue);
    }

    /** The reports {@code committeeId} owes, due within {@code daysBefore} days or overdue up to a month. */
    List<CommitteeViews.Owed> owedBy(Long committeeId, LocalDate today, int daysBefore) {
        var owed = new ArrayList<CommitteeViews.Owed>();
        for (var document : documents.reportedOnBy(committeeId)) {
            addOwed(owed, document, committeeId, today, daysBefore);
        }
        return owed;
    }

    /** Every committee's owed reports, for the reminder job. */
    List<CommitteeViews.Owed> owed(LocalDate today, int daysBefore) {
        var owed = new ArrayList<CommitteeViews.Owed>();
        for (var document : documents.allWithCommittees()) {
            for (Long committee : document.getCommitteeIds()) {
                addOwed(owed, document, committee, today, daysBefore);
            }
        }
        return owed;
    }

    /** The running period of every document, for each committee that has not reported for it yet. */
    List<CommitteeViews.Owed> opened(LocalDate today) {
        var opened = new ArrayList<CommitteeViews.Owed>();
        for (var document : documents.allWithCommittees()) {
            for (var period : periods(document, today)) {
                if (period.end().isBefore(today)) {
                    continue;
                }
                for (Long committee : document.getCommitteeIds()) {
                    if (reports.findByMonitoredDocumentIdAndPeriodStartAndCommitteeId(document.getId(),
                            period.start(), committee).isEmpty()) {
                        opened.add(new CommitteeViews.Owed(document.getId(), document.getTitle(), period, committee,
                                false));
                    }
                }
            }
        }
        return opened;
    }

    /** The period a committee is chased for now (its current one), if it has not reported for it. */
    java.util.Optional<CommitteeViews.Owed> chased(MonitoredDocument document, Long committee) {
        var today = today();
        var periods = periods(document, today);
        if (periods.isEmpty()) {
            return java.util.Optional.empty();
        }
        var period = current(periods, today);
        return reports.findByMonitoredDocumentIdAndPeriodStartAndCommitteeId(document.getId(), period.start(),
                committee).isPresent() ? java.util.Optional.empty()
                        : java.util.Optional.of(new CommitteeViews.Owed(document.getId(), document.getTitle(), period,
                                committee, period.due().isBefore(today)));
    }

    private void addOwed(List<CommitteeViews.Owed> owed, MonitoredDocument document, Long committee, LocalDate today,
            int daysBefore) {
        for (var period : periods(document, today)) {
            if (period.due().minusDays(daysBefore).isAfter(today)
                    || period.due().plusDays(MonitoringQueries.REMIND_OVERDUE_DAYS).isBefore(today)) {
                continue;
            }
            if (reports.findByMonitoredDocumentIdAndPeriodStartAndCommitteeId(document.getId(), period.start(),
                    committee).isEmpty()) {
                owed.add(new CommitteeViews.Owed(document.getId(), document.getTitle(), period, committee,
                        period.due().isBefore(today)));
            }
        }
    }

    /** A report, if the person may read it (their committee's, or any for the commission). */
    public CommitteeReportView report(CurrentUser user, Long documentId, Long reportId) {
        var document = viewable(user, documentId);
        var report = reports.findById(reportId).filter(r -> r.getMonitoredDocumentId().equals(documentId))
                .filter(r -> seenBy(user, document).contains(r.getCommitteeId()))
                .orElseThrow(() -> new NotFoundException("report " + reportId));
        return report.view();
    }

    /** A committee's report for a period, or empty; 404 unless the person may see that committee. */
    public java.util.Optional<CommitteeReportView> report(CurrentUser user, Long documentId, LocalDate periodStart,
            Long committeeId) {
        var document = viewable(user, documentId);
        if (!seenBy(user, document).contains(committeeId)) {
            throw denied(documentId);
        }
        return reports.findByMonitoredDocumentIdAndPeriodStartAndCommitteeId(documentId, periodStart, committeeId)
                .map(CommitteeReport::view);
    }

    /** The id of the report template's file, for anyone who may see the document. */
    public Long templateFile(CurrentUser user, Long documentId) {
        var document = viewable(user, documentId);
        if (document.getTemplateFileId() == null) {
            throw new NotFoundException("template");
        }
        return document.getTemplateFileId();
    }

    /** The id of a file of a committee report, if the person may read that report. */
    public Long reportFile(CurrentUser user, Long documentId, Long reportId, Long fileId) {
        if (report(user, documentId, reportId).files().stream().noneMatch(f -> f.fileId().equals(fileId))) {
            throw new NotFoundException("file " + fileId);
        }
        return fileId;
    }

    /** Documents the person's committee reports on (for a committee's people), newest first. */
    public List<MonitoredDocumentSummary> reportedOnBy(CurrentUser user) {
        return documents.reportedOnBy(user.agencyId()).stream().map(MonitoredDocument::summary).toList();
    }

    /** The committee's reporting periods, for its form: begun so far, newest first. */
    public List<ReportingPeriod> periods(CurrentUser user, Long documentId) {
        var list = new ArrayList<>(periods(viewable(user, documentId), today()));
        list.sort(Comparator.comparing(ReportingPeriod::start).reversed());
        return list;
    }

    /** The document if the person is of its commission or of a committee that reports on it; 404 otherwise. */
    MonitoredDocument viewable(CurrentUser user, Long documentId) {
        var document = documents.findById(documentId).orElseThrow(() -> new NotFoundException("document"));
        if (user.agencyId().equals(document.getAgencyId()) || document.getCommitteeIds().contains(user.agencyId())) {
            return document;
        }
        throw denied(documentId);
    }

    private NotFoundException denied(Long documentId) {
        audit.recordAttempt("MONITORING_COMMITTEE_VIEW", "MONITORED_DOCUMENT", documentId, null, Outcome.DENIED);
        return new NotFoundException("monitored document " + documentId);
    }

    private List<Long> seenBy(CurrentUser user, MonitoredDocument document) {
        return document.getCommitteeIds().stream().filter(c -> control.mayViewCommitteeReports(user,
                document.getAgencyId(), c) && (user.agencyId().equals(document.getAgencyId())
                        || user.agencyId().equals(c))).sorted().toList();
    }

    private Map<String, CommitteeReport> sent(MonitoredDocument document) {
        Map<String, CommitteeReport> sent = new HashMap<>();
        reports.findByMonitoredDocumentId(document.getId())
                .forEach(r -> sent.put(r.getPeriodStart() + "/" + r.getCommitteeId(), r));
        return sent;
    }

    static List<ReportingPeriod> periods(MonitoredDocument document, LocalDate today) {
        return document.getFrequency().periods(document.getReportingFrom(), document.getReportingUntil(),
                document.getReportDueDays(), today);
    }

    /** The latest period already due or due within the warning window; the first one when none is yet. */
    ReportingPeriod current(List<ReportingPeriod> periods, LocalDate today) {
        ReportingPeriod current = periods.get(0);
        for (var period : periods) {
            if (!period.due().minusDays(warnDays).isAfter(today)) {
                current = period;
            }
        }
        return current;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(properties.timeZone()));
    }
}
