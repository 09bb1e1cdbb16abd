package vn.eoffice.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.Outcome;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.AgencyKind;
import vn.eoffice.organization.AgencySummary;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.EOfficeProperties;
import vn.eoffice.platform.NotFoundException;

/**
 * The committees under the province that report on a monitored document: choosing them, the report template, a
 * hosted committee's own report and the commission recording an external committee's. Every change is audited.
 */
@Service
@Transactional
public class CommitteeReporting {

    private final MonitoredDocuments documents;
    private final CommitteeReports reports;
    private final MonitoringAccess access;
    private final AccessControl control;
    private final OrganizationDirectory organization;
    private final DocumentManagement registered;
    private final AuditLog audit;
    private final Clock clock;
    private final EOfficeProperties properties;
    private final CommitteeQueries queries;
    private final CommitteeReminders reminders;

    CommitteeReporting(MonitoredDocuments documents, CommitteeReports reports, MonitoringAccess access,
            AccessControl control, OrganizationDirectory organization, DocumentManagement registered, AuditLog audit,
            Clock clock, EOfficeProperties properties, CommitteeQueries queries, CommitteeReminders reminders) {
        this.queries = queries;
        this.reminders = reminders;
        this.documents = documents;
        this.reports = reports;
        this.access = access;
        this.control = control;
        this.organization = organization;
        this.registered = registered;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
    }

    /** The Party bodies under the same superior committee as the commission, in force today: the picker. */
    @Transactional(readOnly = true)
    public List<AgencySummary> candidates(CurrentUser user) {
        var commission = organization.agency(user.agencyId());
        if (commission.kind() == AgencyKind.PARTY_COMMITTEE) {
            return List.of(); // a committee does not monitor its peers
        }
        return organization.addressees(user.agencyId(), today()).stream()
                .filter(a -> a.kind().isParty() && a.parentId() != null && a.parentId().equals(commission.parentId()))
                .sorted(Comparator.comparing(AgencySummary::name)).toList();
    }

    /** The "all commune/ward committees in force" shortcut of the picker. */
    @Transactional(readOnly = true)
    public Set<Long> allCommittees(CurrentUser user) {
        var all = new LinkedHashSet<Long>();
        candidates(user).stream().filter(a -> a.kind() == AgencyKind.PARTY_COMMITTEE).forEach(a -> all.add(a.id()));
        return all;
    }

    /** Chooses (replaces) the committees that report on the document. */
    public void chooseCommittees(CurrentUser user, Long documentId, Set<Long> committeeIds) {
        var document = managed(user, documentId, "COMMITTEES");
        var chosen = checked(user, committeeIds);
        document.reportingCommittees(chosen);
        audit.record("MONITORING_COMMITTEES_CHOSEN", "MONITORED_DOCUMENT", documentId, "committees " + chosen);
    }

    /** Committees checked against the picker; an empty choice or an unknown body is refused with a message. */
    Set<Long> checked(CurrentUser user, Set<Long> committeeIds) {
        if (committeeIds == null) {
            return Set.of();
        }
        var allowed = candidates(user).stream().map(AgencySummary::id).toList();
        for (Long id : committeeIds) {
            if (id == null || !allowed.contains(id)) {
                throw new DomainException("monitoring.committee.unknown");
            }
        }
        return new LinkedHashSet<>(committeeIds.stream().sorted().toList());
    }

    /** Sets the report template: a file (kept when none is given) and an outline of headings, one a line. */
    public void setTemplate(CurrentUser user, Long documentId, String outline, ReportFile file) {
        var document = managed(user, documentId, "TEMPLATE");
        if (outline != null && outline.length() > 4000) {
            throw new DomainException("monitoring.template.outline.tooLong");
        }
        document.template(file == null ? null : file.fileId(), file == null ? null : file.name(), outline);
        audit.record("MONITORING_TEMPLATE_SET", "MONITORED_DOCUMENT", documentId, (file == null ? ""
                : "file " + file.fileId() + ", ") + document.headings().size() + " headings");
    }

    /**
     * A hosted committee submits its report (its clerk, leaders, unit heads), or the commission records an external
     * committee's from an incoming document it may see and/or an uploaded file.
     */
    public CommitteeReportView submit(CurrentUser user, Long documentId, LocalDate periodStart, Long committeeId,
            CommitteeReportForm form, List<ReportFile> files) {
        var document = documents.findById(documentId).orElseThrow(() -> new NotFoundException("document"));
        boolean commission = user.agencyId().equals(document.getAgencyId());
        if (!document.getCommitteeIds().contains(committeeId)
                || (!commission && !user.agencyId().equals(committeeId))) {
            audit.recordAttempt("MONITORING_COMMITTEE_REPORT", "MONITORED_DOCUMENT", documentId, null,
                    Outcome.DENIED);
            throw new NotFoundException("committee report");
        }
        boolean hosted = organization.agency(committeeId).hosted();
        if (commission) {
            access.require(control.mayRecordForCommittee(user, document.getAgencyId(),
                    document.getResponsibleUnitId()), "COMMITTEE_RECORD", documentId);
            if (hosted) {
                throw new DomainException("monitoring.committee.reportsItself");
            }
            if (form.incomingDocumentId() != null && !registered.mayView(user, form.incomingDocumentId())) {
                throw new DomainException("monitoring.document.unknown");
            }
            if (form.incomingDocumentId() == null && files.isEmpty()) {
                throw new DomainException("monitoring.committeeReport.sourceRequired");
            }
        } else {
            access.require(control.mayReportForCommittee(user, committeeId), "COMMITTEE_REPORT", documentId);
            if (!form.hasText() && files.isEmpty()) {
                throw new DomainException("monitoring.committeeReport.empty");
            }
        }
        var period = document.getFrequency().period(periodStart, document.getReportDueDays());
        if (!CommitteeQueries.periods(document, today()).contains(period)) {
            throw new DomainException("monitoring.period.unknown");
        }
        var report = reports.findByMonitoredDocumentIdAndPeriodStartAndCommitteeId(documentId, periodStart,
                committeeId).orElseGet(() -> new CommitteeReport(documentId, periodStart, committeeId));
        report.submit(form, document.headings(), files, commission, user.id(), Instant.now(clock), today());
        report = reports.save(report);
        audit.record(commission ? "MONITORING_COMMITTEE_REPORT_RECORDED" : "MONITORING_COMMITTEE_REPORT_SUBMITTED",
                "MONITORED_DOCUMENT", documentId, "committee " + committeeId + ", period " + periodStart
                        + (form.incomingDocumentId() == null ? "" : ", incoming " + form.incomingDocumentId())
                        + (files.isEmpty() ? "" : ", files " + files.stream().map(ReportFile::fileId).toList()));
        return report.view();
    }

    /**
     * The officer reminds a late committee by hand: a hosted one in the application, an external one by e-mail to
     * its address-book address; without one the answer is PHONE (to chase by telephone or letter).
     */
    public String remind(CurrentUser user, Long documentId, Long committeeId) {
        var document = access.visible(user, documents.findById(documentId)
                .orElseThrow(() -> new NotFoundException("monitored document " + documentId)));
        access.require(control.mayRecordForCommittee(user, document.getAgencyId(), document.getResponsibleUnitId()),
                "COMMITTEE_REMIND", documentId);
        if (!document.getCommitteeIds().contains(committeeId)) {
            throw new NotFoundException("committee " + committeeId);
        }
        var owed = queries.chased(document, committeeId)
                .orElseThrow(() -> new DomainException("monitoring.committee.nothingOwed"));
        var committee = organization.agency(committeeId);
        return reminders.remindByHand(owed, committee.hosted(), committee.email());
    }

    private MonitoredDocument managed(CurrentUser user, Long documentId, String action) {
        var document = access.visible(user, documents.findById(documentId)
                .orElseThrow(() -> new NotFoundException("monitored document " + documentId)));
        access.require(access.mayManage(user, document), action, documentId);
        return document;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.timeZone()));
    }
}
