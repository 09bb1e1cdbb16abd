package vn.eoffice.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.eoffice.platform.Dates;
import vn.eoffice.platform.Spreadsheets;
import vn.eoffice.tasks.TallyGrouping;

/**
 * The dashboard as a workbook: one sheet per grouping (units, people, monitored documents) with the counts, the
 * on-time share and the traffic light.
 */
@Component
public class DashboardXlsx {

    private final MessageSource messages;

    DashboardXlsx(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] write(Dashboard dashboard, Locale locale) {
        var out = new ByteArrayOutputStream();
        try {
            var workbook = Spreadsheets.workbook(out);
            for (var grouping : TallyGrouping.values()) {
                sheet(workbook.newWorksheet(text(locale, "dashboard.sheet." + grouping)), dashboard, grouping, locale);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Spreadsheets.withDimensions(out.toByteArray());
    }

    private void sheet(Worksheet sheet, Dashboard dashboard, TallyGrouping grouping, Locale locale) {
        sheet.value(0, 0, text(locale, "dashboard.title") + " — " + text(locale, "dashboard.sheet." + grouping));
        sheet.style(0, 0).bold().set();
        sheet.value(1, 0, Dates.DATE.format(dashboard.period().from()) + " – "
                + Dates.DATE.format(dashboard.period().to()));
        var headers = List.of("dashboard.col." + grouping, "dashboard.col.assigned", "dashboard.col.onTime",
                "dashboard.col.late", "dashboard.col.overdue", "dashboard.col.inProgress", "dashboard.col.onTimePercent",
                "dashboard.col.light");
        double[] widths = new double[headers.size()];
        var headerTexts = headers.stream().map(h -> text(locale, h)).toList();
        for (int c = 0; c < headers.size(); c++) {
            widths[c] = c == 0 ? 48 : 13;
            sheet.value(3, c, headerTexts.get(c));
            sheet.style(3, c).bold().fontSize(Spreadsheets.TABLE_FONT_SIZE).wrapText(true).horizontalAlignment("center").verticalAlignment("center")
                    .borderStyle("thin").set();
            sheet.width(c, widths[c]);
        }
        Spreadsheets.fitRow(sheet, 3, headerTexts, widths);
        Spreadsheets.printLandscape(sheet, 3);
        int row = 4;
        for (var line : lines(dashboard, grouping)) {
            var t = line.tally();
            sheet.value(row, 0, line.name());
            sheet.value(row, 1, t.assigned());
            sheet.value(row, 2, t.doneOnTime());
            sheet.value(row, 3, t.doneLate());
            sheet.value(row, 4, t.overdue());
            sheet.value(row, 5, t.inProgress());
            if (t.onTimePercent() != null) {
                sheet.value(row, 6, t.onTimePercent());
            }
            sheet.value(row, 7, text(locale, "dashboard.light." + t.light()));
            sheet.style(row, 0).fontSize(Spreadsheets.TABLE_FONT_SIZE).wrapText(true).verticalAlignment("top")
                    .borderStyle("thin").set();
            for (int c = 1; c < headers.size(); c++) {
                sheet.style(row, c).fontSize(Spreadsheets.TABLE_FONT_SIZE).verticalAlignment("top")
                        .borderStyle("thin").set();
            }
            Spreadsheets.fitRow(sheet, row, List.of(line.name()), widths);
            row++;
        }
    }

    private static List<Dashboard.Line> lines(Dashboard dashboard, TallyGrouping grouping) {
        return switch (grouping) {
            case UNIT -> dashboard.units();
            case PERSON -> dashboard.people();
            case MONITORED_DOCUMENT -> dashboard.documents();
        };
    }

    private String text(Locale locale, String key) {
        return messages.getMessage(key, null, key, locale);
    }
}
