package vn.eoffice.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.EOfficeProperties;
import vn.eoffice.platform.NotFoundException;
import vn.eoffice.platform.SearchableChanged;
import vn.eoffice.tasks.Assignment;
import vn.eoffice.tasks.Party;
import vn.eoffice.tasks.SourceRef;
import vn.eoffice.tasks.SourceType;
import vn.eoffice.tasks.TaskManagement;
import vn.eoffice.tasks.TaskStatus;

/**
 * Registering monitored Party documents and their implementation plans, the units' periodic reports and supervision
 * plans. Plan items and recommendations are given as tasks (source MONITORING, the monitored document's id), so there
 * is one model of who does what by when. Every change is audited in its transaction.
 */
@Service
@Transactional
public class MonitoringManagement {

    private final MonitoredDocuments documents;
    private final PlanItems items;
    private final ImplementationReports reports;
    private final SupervisionPlans plans;
    private final Recommendations recommendations;
    private final MonitoringAccess access;
    private final TaskManagement tasks;
    private final DocumentManagement registered;
    private final OrganizationDirectory organization;
    private final UserManagement users;
    private final AuditLog audit;
    private final Clock clock;
    private final EOfficeProperties properties;
    private final ApplicationEventPublisher events;

    MonitoringManagement(MonitoredDocuments documents, PlanItems items, ImplementationReports reports, SupervisionPlans plans,
            Recommendations recommendations, MonitoringAccess access, TaskManagement tasks,
            DocumentManagement registered, OrganizationDirectory organization, UserManagement users, AuditLog audit,
            Clock clock, EOfficeProperties properties, ApplicationEventPublisher events) {
        this.documents = documents;
        this.items = items;
        this.reports = reports;
        this.plans = plans;
        this.recommendations = recommendations;
        this.access = access;
        this.tasks = tasks;
        this.registered = registered;
        this.organization = organization;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
        this.events = events;
    }

    /** Registers a Party document to monitor; a leader for any unit, a unit's head or officer for their unit. */
    public MonitoredDocumentSummary register(CurrentUser user, MonitoredDocumentForm form) {
        requireUnit(user, form.responsibleUnitId());
        access.require(access.mayManageFor(user, form.responsibleUnitId()), "REGISTER", null);
        if (form.documentId() != null) {
            try {
                registered.visible(user, form.documentId());
            } catch (NotFoundException e) {
                throw new DomainException("monitoring.document.unknown");
            }
        }
        var document = documents.save(new MonitoredDocument(user.agencyId(), form, user.id(), now()));
        audit.record("MONITORING_REGISTERED", "MONITORED_DOCUMENT", document.getId(), form.kind() + " "
                + document.getTitle());
        events.publishEvent(new SearchableChanged(MonitoringSearchables.KIND, document.getId()));
        return document.summary();
    }

    /** Adds an item to the implementation plan and gives it, as a task, to the lead unit and co-processing units. */
    public Long addItem(CurrentUser user, Long documentId, ItemForm form) {
        var document = managed(user, documentId, "ADD_ITEM");
        requireUnit(user, form.leadUnitId());
        form.coUnitIds().forEach(unit -> requireUnit(user, unit));
        Set<Party> co = form.coUnitIds().stream().filter(u -> !u.equals(form.leadUnitId())).map(Party::unit)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        var task = tasks.assign(new Assignment(user.agencyId(), form.title(), form.content(), source(documentId),
                user.id(), Party.unit(form.leadUnitId()), co, Set.of(), form.startDate(), form.deadline(), null, null));
        var item = items.save(new PlanItem(document.getId(), form.title().trim(), task.id(), now()));
        audit.record("MONITORING_ITEM_ADDED", "MONITORED_DOCUMENT", documentId, item.getTitle() + " -> task "
                + task.id());
        events.publishEvent(new SearchableChanged(MonitoringSearchables.KIND, documentId));
        return item.getId();
    }

    /** A unit submits (or resubmits) its implementation report for a period. */
    public UnitReportView submitReport(CurrentUser user, Long documentId, LocalDate periodStart, Long unitId,
            ReportForm form, List<ReportFile> files) {
        var document = access.visible(user, found(documentId));
        access.require(access.mayReportFor(user, unitId), "REPORT", documentId);
        if (!reportingUnits(documentId).contains(unitId)) {
            throw new DomainException("monitoring.report.unitNotInPlan");
        }
        var period = document.getFrequency().period(periodStart, document.getReportDueDays());
        var open = document.getFrequency().periods(document.getReportingFrom(), document.getReportingUntil(),
                document.getReportDueDays(), today());
        if (!open.contains(period)) {
            throw new DomainException("monitoring.period.unknown");
        }
        var report = reports.findByMonitoredDocumentIdAndPeriodStartAndUnitId(documentId, periodStart, unitId)
                .orElseGet(() -> new ImplementationReport(documentId, periodStart, unitId));
        report.submit(form, files, user.id(), now());
        report = reports.save(report);
        audit.record("MONITORING_REPORT_SUBMITTED", "MONITORED_DOCUMENT", documentId, "unit " + unitId + ", period "
                + periodStart + (files.isEmpty() ? "" : ", files " + files.stream().map(ReportFile::fileId).toList()));
        return report.view();
    }

    public Long planSupervision(CurrentUser user, Long documentId, SupervisionForm form) {
        managed(user, documentId, "PLAN_SUPERVISION");
        form.unitIds().forEach(unit -> requireUnit(user, unit));
        for (Long member : form.memberIds()) {
            if (!user.agencyId().equals(users.summary(member).agencyId())) {
                throw new DomainException("monitoring.supervision.member.unknown");
            }
        }
        var plan = plans.save(new SupervisionPlan(documentId, form, user.id(), now()));
        audit.record("SUPERVISION_PLANNED", "MONITORED_DOCUMENT", documentId, form.kind() + " " + form.title()
                + ", units " + form.unitIds() + ", team " + form.memberIds());
        return plan.getId();
    }

    public void recordFindings(CurrentUser user, Long planId, String findings) {
        var plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("plan " + planId));
        managed(user, plan.getMonitoredDocumentId(), "FINDINGS");
        plan.recordFindings(findings);
        audit.record("SUPERVISION_FINDINGS", "SUPERVISION_PLAN", planId, findings);
    }

    /** A recommendation to a checked unit becomes a task for it, due by {@code deadline}. */
    public Long recommend(CurrentUser user, Long planId, RecommendationForm form) {
        var plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("plan " + planId));
        managed(user, plan.getMonitoredDocumentId(), "RECOMMEND");
        if (!plan.checks(form.unitId())) {
            throw new DomainException("monitoring.recommendation.unitNotChecked");
        }
        var task = tasks.assign(new Assignment(user.agencyId(), form.content().trim(), null,
                source(plan.getMonitoredDocumentId()), user.id(), Party.unit(form.unitId()), Set.of(), Set.of(), null,
                form.deadline(), null, null));
        var recommendation = recommendations.save(new Recommendation(planId, form.unitId(), form.content().trim(),
                form.deadline(), task.id(), now()));
        audit.record("SUPERVISION_RECOMMENDATION", "SUPERVISION_PLAN", planId, "unit " + form.unitId() + " -> task "
                + task.id());
        return recommendation.view().id();
    }

    /** The units that owe reports: the lead and co-processing units of the plan's items (cancelled ones excluded). */
    @Transactional(readOnly = true)
    public Set<Long> reportingUnits(Long documentId) {
        Set<Long> units = new HashSet<>();
        for (var item : items.findByMonitoredDocumentIdOrderById(documentId)) {
            var task = tasks.summary(item.getTaskId());
            if (task.status() == TaskStatus.CANCELLED) {
                continue;
            }
            if (task.lead().isUnit()) {
                units.add(task.lead().unitId());
            }
            task.coProcessors().stream().filter(Party::isUnit).forEach(p -> units.add(p.unitId()));
        }
        return units;
    }

    private MonitoredDocument managed(CurrentUser user, Long documentId, String action) {
        var document = access.visible(user, found(documentId));
        access.require(access.mayManage(user, document), action, documentId);
        return document;
    }

    private MonitoredDocument found(Long id) {
        return documents.findById(id).orElseThrow(() -> new NotFoundException("monitored document " + id));
    }

    private void requireUnit(CurrentUser user, Long unitId) {
        try {
            if (!organization.unit(unitId).agencyId().equals(user.agencyId())) {
                throw new DomainException("monitoring.unit.unknown");
            }
        } catch (NotFoundException e) {
            throw new DomainException("monitoring.unit.unknown");
        }
    }

    static SourceRef source(Long documentId) {
        return new SourceRef(SourceType.MONITORING, documentId);
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.timeZone()));
    }
}
