package vn.eoffice.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.Dates;

/**
 * The consolidated implementation report of one period (báo cáo tổng hợp), as a Word document: the plan's items with
 * their progress, each unit's report, and the units that have not reported. Only the document's managers compile it.
 */
@Service
public class ConsolidatedReports {

    private final MonitoringQueries queries;
    private final OrganizationDirectory organization;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Dates dates;

    ConsolidatedReports(MonitoringQueries queries, OrganizationDirectory organization, MessageSource messages,
            AuditLog audit, Dates dates) {
        this.dates = dates;
        this.queries = queries;
        this.organization = organization;
        this.messages = messages;
        this.audit = audit;
    }

    @Transactional
    public byte[] docx(CurrentUser user, Long documentId, LocalDate periodStart, Locale locale) {
        var status = queries.period(user, documentId, periodStart);
        var details = queries.details(user, documentId);
        var document = details.document();
        var period = status.period();
        var docx = new Docx();
        docx.letterhead(organization.letterhead(user.agencyId(), "BC", periodStart.getYear()));
        docx.heading(text(locale, "monitoring.consolidated.title"), 30);
        docx.heading(text(locale, "monitoring.kind." + document.kind()) + " "
                + (document.notation() == null ? "" : document.notation() + " ") + document.title(), 26);
        docx.heading(text(locale, period.labelKey(), period.index(), period.year()) + " ("
                + Dates.DATE.format(period.start()) + " – " + Dates.DATE.format(period.end()) + ")", 24);
        long reported = status.units().size() - status.missing();
        docx.paragraph(text(locale, "monitoring.consolidated.reported", reported, status.units().size()));

        docx.paragraph(text(locale, "monitoring.consolidated.items"), true);
        var itemRows = new ArrayList<List<String>>();
        int n = 1;
        for (var item : details.items()) {
            itemRows.add(List.of(String.valueOf(n++), item.title(), unit(item.task().lead().unitId()),
                    Dates.DATE.format(item.task().deadline()),
                    text(locale, "task.status." + item.task().status()), item.task().progress() + "%"));
        }
        docx.table(List.of(text(locale, "monitoring.number"), text(locale, "monitoring.item.title"),
                text(locale, "monitoring.item.lead"), text(locale, "monitoring.item.deadline"),
                text(locale, "monitoring.item.status"), text(locale, "monitoring.item.progress")), itemRows);

        docx.paragraph(text(locale, "monitoring.consolidated.reports"), true);
        for (var unit : status.units()) {
            if (unit.report() == null) {
                continue;
            }
            var report = unit.report();
            docx.paragraph(unit(unit.unitId()) + " — " + text(locale, "monitoring.report.submittedAt") + " "
                    + dates.dateTime(report.submittedAt()), true);
            docx.table(List.of(text(locale, "monitoring.report.section"), text(locale, "monitoring.report.content")),
                    List.of(List.of(text(locale, "monitoring.report.done"), nz(report.done())),
                            List.of(text(locale, "monitoring.report.inProgress"), nz(report.inProgress())),
                            List.of(text(locale, "monitoring.report.difficulties"), nz(report.difficulties())),
                            List.of(text(locale, "monitoring.report.proposals"), nz(report.proposals()))));
        }
        docx.paragraph(text(locale, "monitoring.consolidated.missing"), true);
        var missing = status.units().stream().filter(u -> !u.reported()).map(u -> "– " + unit(u.unitId())).toList();
        if (missing.isEmpty()) {
            docx.paragraph(text(locale, "monitoring.consolidated.none"));
        }
        missing.forEach(docx::paragraph);
        var authority = user.title() == null || user.title().isBlank() ? List.<String>of()
                : List.of(user.title().strip().toUpperCase(Locale.forLanguageTag("vi")));
        docx.signature(authority, user.fullName(), List.of(text(locale, "monitoring.consolidated.recipient"),
                text(locale, "monitoring.consolidated.archive")));
        audit.record("MONITORING_CONSOLIDATED", "MONITORED_DOCUMENT", documentId, "period " + periodStart);
        return docx.bytes();
    }

    public String fileName(Long documentId, LocalDate periodStart) {
        return "bao-cao-tong-hop-" + documentId + "-" + periodStart + ".docx";
    }

    private String unit(Long id) {
        return id == null ? "" : organization.unit(id).name();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
