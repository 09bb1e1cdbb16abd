package vn.eoffice.audit.web;

import java.time.LocalDate;
import java.time.ZoneId;


import vn.eoffice.audit.AuditQuery;
import vn.eoffice.audit.Outcome;

/**
 * The filter form of the audit screen; dates are whole days in the office's time zone.
 */
record AuditFilter(String username, String action, String objectType, String objectId, Outcome outcome,
        LocalDate from,
        LocalDate to) {

    AuditQuery toQuery(ZoneId zone) {
        return new AuditQuery(username, action, objectType, objectId, outcome,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
