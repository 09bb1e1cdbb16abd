package vn.eoffice.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.Outcome;
import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.EOfficeProperties;
import vn.eoffice.platform.NotFoundException;
import vn.eoffice.platform.SearchableChanged;

/**
 * Action programmes (chương trình hành động / kế hoạch thực hiện): the commission asks committees under the province
 * for theirs on a resolution by a day; each committee submits one, which becomes a monitored plan of its own (owned
 * by a hosted committee, whose items are its units' tasks); the status shows who is late. Every change is audited.
 */
@Service
@Transactional
public class ActionProgrammes {

    private final MonitoredDocuments documents;
    private final ActionProgrammeDuties duties;
    private final CommitteeReporting reporting;
    private final ProgrammeItems programmeItems;
    private final MonitoringAccess access;
    private final AccessControl control;
    private final OrganizationDirectory organization;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final CommitteeQueries queries;
    private final CommitteeReminders reminders;
    private final Clock clock;
    private final EOfficeProperties properties;

    ActionProgrammes(MonitoredDocuments documents, ActionProgrammeDuties duties, CommitteeReporting reporting,
            ProgrammeItems programmeItems, MonitoringAccess access, AccessControl control,
            OrganizationDirectory organization, AuditLog audit, ApplicationEventPublisher events,
            CommitteeQueries queries, CommitteeReminders reminders, Clock clock, EOfficeProperties properties) {
        this.reminders = reminders;
        this.documents = documents;
        this.duties = duties;
        this.reporting = reporting;
        this.programmeItems = programmeItems;
        this.access = access;
        this.control = control;
        this.organization = organization;
        this.audit = audit;
        this.events = events;
        this.queries = queries;
        this.clock = clock;
        this.properties = properties;
    }

    /** The commission asks each committee for its action programme on a resolution by dueOn; returns the id of
     *  the monitored resolution, now with those committees reporting. */
    public Long require(CurrentUser by, ActionProgrammeRequest request) {
        access.require(control.mayMonitorCommittees(by, by.unitId()), "PROGRAMME_REQUIRE", null);
        if (request == null || request.title() == null || request.title().isBlank() || request.kind() == null) {
            throw new DomainException("monitoring.form.title.required");
        }
        if (request.dueOn() == null) {
            throw new DomainException("monitoring.programme.dueOn.required");
        }
        if (request.committeeIds() == null || request.committeeIds().isEmpty()) {
            throw new DomainException("monitoring.committee.required");
        }
        var committees = reporting.checked(by, request.committeeIds());
        var resolution = resolution(by, request);
        requireOn(by, resolution, committees, request.dueOn());
        return resolution.getId();
    }

    /** From a monitored document's page: the committees owe their programmes on it by {@code dueOn}. */
    public void require(CurrentUser by, Long resolutionId, Set<Long> committeeIds, LocalDate dueOn) {
        var resolution = access.visible(by, documents.findById(resolutionId)
                .orElseThrow(() -> new NotFoundException("resolution")));
        access.require(access.mayManage(by, resolution), "PROGRAMME_REQUIRE", resolutionId);
        if (dueOn == null) {
            throw new DomainException("monitoring.programme.dueOn.required");
        }
        if (committeeIds == null || committeeIds.isEmpty()) {
            throw new DomainException("monitoring.committee.required");
        }
        requireOn(by, resolution, reporting.checked(by, committeeIds), dueOn);
    }

    private void requireOn(CurrentUser by, MonitoredDocument resolution, Set<Long> committees, LocalDate dueOn) {
        resolution.addReportingCommittees(committees);
        for (Long committee : committees) {
            duties.findByResolutionIdAndCommitteeId(resolution.getId(), committee).ifPresentOrElse(
                    duty -> duty.requireBy(dueOn),
                    () -> duties.save(new ActionProgramme(resolution.getId(), committee, dueOn, by.id())));
            if (organization.agency(committee).hosted()) {
                reminders.programmeRequired(resolution.getId(), resolution.getTitle(), committee, dueOn);
            }
        }
        audit.record("MONITORING_PROGRAMMES_REQUIRED", "MONITORED_DOCUMENT", resolution.getId(), "committees "
                + committees + " by " + dueOn);
    }

    private MonitoredDocument resolution(CurrentUser by, ActionProgrammeRequest request) {
        var notation = request.notation() == null ? "" : request.notation().trim();
        var known = notation.isEmpty() ? java.util.Optional.<MonitoredDocument>empty()
                : documents.findFirstByAgencyIdAndNotationAndResolutionIdIsNull(by.agencyId(), notation);
        if (known.isPresent()) {
            return known.get();
        }
        Long unit = by.unitId() != null ? by.unitId()
                : organization.units(by.agencyId(), today()).stream().findFirst()
                        .orElseThrow(() -> new DomainException("monitoring.unit.unknown")).id();
        var from = request.issuedOn() != null ? request.issuedOn() : today();
        var until = LocalDate.of(Math.max(from.getYear(), request.dueOn().getYear()), 12, 31);
        var form = new MonitoredDocumentForm(request.kind(), request.title(), notation, request.issuedOn(),
                request.issuer(), null, unit, ReportingFrequency.QUARTERLY, from, until, 5);
        var document = documents.save(new MonitoredDocument(by.agencyId(), form, by.id(), Instant.now(clock)));
        audit.record("MONITORING_REGISTERED", "MONITORED_DOCUMENT", document.getId(), request.kind() + " "
                + document.getTitle());
        events.publishEvent(new SearchableChanged(MonitoringSearchables.KIND, document.getId()));
        return document;
    }

    /** A committee (its clerk/leader for a hosted one; the commission's officer for an external one) submits its
     *  action programme: a file plus items (content, lead unit of the committee, deadline). */
    public Long submit(CurrentUser by, Long resolutionId, Long committeeId, ActionProgrammeForm form,
            List<ReportFile> files) {
        var resolution = documents.findById(resolutionId).orElseThrow(() -> new NotFoundException("resolution"));
        boolean commission = by.agencyId().equals(resolution.getAgencyId());
        var duty = (commission || by.agencyId().equals(committeeId)
                ? duties.findByResolutionIdAndCommitteeId(resolutionId, committeeId)
                : java.util.Optional.<ActionProgramme>empty()).orElseThrow(() -> {
                    audit.recordAttempt("MONITORING_PROGRAMME_SUBMIT", "MONITORED_DOCUMENT", resolutionId, null,
                            Outcome.DENIED);
                    return new NotFoundException("action programme");
                });
        var committee = organization.agency(committeeId);
        if (commission) {
            access.require(control.mayRecordForCommittee(by, resolution.getAgencyId(),
                    resolution.getResponsibleUnitId()), "PROGRAMME_RECORD", resolutionId);
            if (committee.hosted()) {
                throw new DomainException("monitoring.committee.reportsItself");
            }
        } else {
            access.require(control.mayReportForCommittee(by, committeeId), "PROGRAMME_SUBMIT", resolutionId);
        }
        if (form == null || form.title() == null || form.title().isBlank()) {
            throw new DomainException("monitoring.programme.title.required");
        }
        if (form.items() == null || form.items().isEmpty()) {
            throw new DomainException("monitoring.programme.items.required");
        }
        if (duty.getSubmittedOn() != null) {
            throw new DomainException("monitoring.programme.alreadySubmitted");
        }
        var today = today();
        var lastDeadline = form.items().stream().map(ActionProgrammeForm.Item::deadline)
                .filter(java.util.Objects::nonNull).max(LocalDate::compareTo).orElse(today);
        var until = lastDeadline.isAfter(resolution.getReportingUntil()) ? lastDeadline
                : resolution.getReportingUntil();
        Long owner = committee.hosted() ? committeeId : resolution.getAgencyId();
        Long unit = committee.hosted() ? programmeItems.leadUnit(form, committeeId)
                : resolution.getResponsibleUnitId();
        var plan = new MonitoredDocumentForm(DocumentKind.PLAN, form.title(), form.notation(), today, committee.name(),
                null, unit, ReportingFrequency.QUARTERLY, today.isAfter(until) ? until : today, until, 5);
        var document = documents.save(new MonitoredDocument(owner, plan, by.id(), Instant.now(clock))
                .carriesOut(resolutionId, committeeId));
        var items = programmeItems.give(by, committee.hosted() ? committeeId : null, document.getId(), form, today);
        duty.submit(document.getId(), items, files == null ? List.of() : files, by.id(), Instant.now(clock), today);
        audit.record("MONITORING_PROGRAMME_SUBMITTED", "MONITORED_DOCUMENT", resolutionId, "committee " + committeeId
                + " -> plan " + document.getId() + ", " + items.size() + " items" + (duty.late() ? ", late" : ""));
        events.publishEvent(new SearchableChanged(MonitoringSearchables.KIND, document.getId()));
        return document.getId();
    }

    /** Where each committee stands with its programme; the commission sees all, a committee its own line only. */
    @Transactional(readOnly = true)
    public List<CommitteeProgramme> status(CurrentUser viewer, Long resolutionId) {
        var resolution = queries.viewable(viewer, resolutionId);
        boolean commission = viewer.agencyId().equals(resolution.getAgencyId());
        var today = today();
        var rows = new ArrayList<CommitteeProgramme>();
        for (var duty : duties.findByResolutionIdOrderById(resolutionId)) {
            if (!commission && !viewer.agencyId().equals(duty.getCommitteeId())) {
                continue;
            }
            var counts = programmeItems.count(duty.getItems(), today);
            rows.add(new CommitteeProgramme(duty.getCommitteeId(), organization.agency(duty.getCommitteeId()).name(),
                    duty.getDueOn(), duty.getSubmittedOn(), duty.late(), duty.getProgrammeDocumentId(), counts[0],
                    counts[1], counts[2], ProgrammeLight.of(duty.getDueOn(), duty.getSubmittedOn(), today,
                            queries.warnDays())));
        }
        rows.sort(java.util.Comparator.comparing(CommitteeProgramme::committeeName));
        return rows;
    }

    /** The programmes a committee still owes (for its queue and reminders). */
    @Transactional(readOnly = true)
    List<ActionProgramme> owedBy(Long committeeId) {
        return duties.findByCommitteeIdAndSubmittedOnIsNull(committeeId);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.timeZone()));
    }
}
