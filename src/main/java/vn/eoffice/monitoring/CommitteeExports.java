package vn.eoffice.monitoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.Dates;
import vn.eoffice.platform.Spreadsheets;

/**
 * The province view as an XLSX workbook: the committees' lights for their current period, then the overdue list,
 * with the same filters and the same access rule as the page.
 */
@Service
@Transactional // the export is audited
public class CommitteeExports {

    private static final double[] WIDTHS = { 30, 45, 18, 16, 16, 14 };

    private final CommitteeQueries queries;
    private final MessageSource messages;
    private final AuditLog audit;

    CommitteeExports(CommitteeQueries queries, MessageSource messages, AuditLog audit) {
        this.queries = queries;
        this.messages = messages;
        this.audit = audit;
    }

    public byte[] xlsx(CurrentUser user, Long committee, ProgrammeLight light, Locale locale) {
        var province = queries.province(user, committee, light);
        var out = new ByteArrayOutputStream();
        try {
            var workbook = Spreadsheets.workbook(out);
            var sheet = workbook.newWorksheet("Cap uy");
            sheet.value(0, 0, text(locale, "monitoring.committees.title"));
            sheet.style(0, 0).bold().fontSize(14).set();
            var headers = List.of(text(locale, "monitoring.committees.committee"),
                    text(locale, "monitoring.committees.document"), text(locale, "monitoring.committees.period"),
                    text(locale, "monitoring.committees.due"), text(locale, "monitoring.committees.light"),
                    text(locale, "monitoring.committees.submittedOn"));
            int row = table(sheet, 2, headers, province.rows().stream().map(r -> List.of(r.committee(), r.title(),
                    period(r.period(), locale), Dates.DATE.format(r.period().due()), text(locale,
                            r.light().messageKey()), r.submittedOn() == null ? "" : Dates.DATE.format(r.submittedOn())))
                    .toList());
            sheet.value(row + 1, 0, text(locale, "monitoring.committees.overdue"));
            sheet.style(row + 1, 0).bold().set();
            table(sheet, row + 2, List.of(text(locale, "monitoring.committees.committee"),
                    text(locale, "monitoring.committees.document"), text(locale, "monitoring.committees.period"),
                    text(locale, "monitoring.committees.due"), text(locale, "monitoring.committees.daysOverdue")),
                    province.overdue().stream().map(o -> List.of(o.committee(), o.title(), period(o.period(), locale),
                            Dates.DATE.format(o.period().due()), String.valueOf(o.daysOverdue()))).toList());
            Spreadsheets.printLandscape(sheet, 2);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record("MONITORING_COMMITTEES_EXPORTED", "MONITORED_DOCUMENT", null, province.rows().size() + " rows, "
                + province.overdue().size() + " overdue" + (committee == null ? "" : ", committee " + committee)
                + (light == null ? "" : ", " + light));
        return Spreadsheets.withDimensions(out.toByteArray());
    }

    private static int table(org.dhatim.fastexcel.Worksheet sheet, int top, List<String> headers,
            List<List<String>> rows) {
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(top, c, headers.get(c));
            sheet.style(top, c).bold().wrapText(true).borderStyle("thin").set();
            sheet.width(c, WIDTHS[c]);
        }
        Spreadsheets.fitRow(sheet, top, headers, WIDTHS);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(top + 1 + r, c, rows.get(r).get(c));
                sheet.style(top + 1 + r, c).wrapText(true).borderStyle("thin").set();
            }
            Spreadsheets.fitRow(sheet, top + 1 + r, rows.get(r), WIDTHS);
        }
        return top + 1 + rows.size();
    }

    private String period(ReportingPeriod period, Locale locale) {
        return messages.getMessage(period.labelKey(), new Object[] { period.index(), period.year() }, locale);
    }

    private String text(Locale locale, String key) {
        return messages.getMessage(key, null, locale);
    }
}
