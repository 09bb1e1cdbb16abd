package vn.eoffice.monitoring;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.Outcome;
import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.NotFoundException;

/**
 * Who may do what in monitoring. A monitored Party document is known to the whole agency (it is being implemented
 * by all of it); managing it — the plan, the reporting duty, supervision, the consolidated report — belongs to a
 * leader or to the responsible unit (its head, or the officer in charge within it). A unit's report is written and
 * read by that unit (its head and officers) and read by the managers. The tasks behind items and recommendations
 * keep their own access rule. The rule is {@link AccessControl}'s (with delegation); this class names the units.
 */
@Component
class MonitoringAccess {

    private final OrganizationDirectory organization;
    private final AccessControl control;
    private final AuditLog audit;

    MonitoringAccess(OrganizationDirectory organization, AccessControl control, AuditLog audit) {
        this.organization = organization;
        this.control = control;
        this.audit = audit;
    }

    /** Leaders for any unit; unit heads and officers for a unit they belong to (heads also for units below). */
    boolean mayManageFor(CurrentUser user, Long unitId) {
        return control.mayManageImplementation(user, unitId == null ? user.agencyId() : agencyOf(unitId), unitId);
    }

    boolean mayManage(CurrentUser user, MonitoredDocument document) {
        return control.mayManageImplementation(user, document.getAgencyId(), document.getResponsibleUnitId());
    }

    boolean mayReportFor(CurrentUser user, Long unitId) {
        return control.mayReportFor(user, agencyOf(unitId), unitId);
    }

    boolean mayReadReport(CurrentUser user, MonitoredDocument document, Long unitId) {
        return mayManage(user, document) || mayReportFor(user, unitId);
    }

    private Long agencyOf(Long unitId) {
        return unitId == null ? null : organization.unit(unitId).agencyId();
    }

    MonitoredDocument visible(CurrentUser user, MonitoredDocument document) {
        if (!user.agencyId().equals(document.getAgencyId())) {
            throw new NotFoundException("monitored document " + document.getId());
        }
        return document;
    }

    void require(boolean allowed, String action, Long id) {
        if (!allowed) {
            audit.recordAttempt("MONITORING_" + action, "MONITORED_DOCUMENT", id, null, Outcome.DENIED);
            throw new AccessDeniedException("denied");
        }
    }
}
