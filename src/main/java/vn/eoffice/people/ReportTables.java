package vn.eoffice.people;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.dhatim.fastexcel.Worksheet;

import vn.eoffice.platform.PartyLetterhead;
import vn.eoffice.platform.PdfLayout;
import vn.eoffice.platform.Spreadsheets;

/**
 * A titled report of tables written as a workbook (one sheet, the tables one below the other, as the Party
 * organisation forms print) or as an A4 landscape PDF under the agency's letterhead.
 */
public record ReportTables(String title, String subtitle, List<Table> tables) {

    /** One table: its heading, column headers with their widths (characters), and its rows. */
    public record Table(String heading, List<String> headers, double[] widths, List<List<String>> rows) {
    }

    public byte[] xlsx(String sheetName) {
        var out = new ByteArrayOutputStream();
        try {
            var workbook = Spreadsheets.workbook(out);
            var sheet = workbook.newWorksheet(sheetName);
            sheet.value(0, 0, title);
            sheet.style(0, 0).bold().fontSize(14).set();
            sheet.value(1, 0, subtitle);
            int row = 3;
            int widest = 0;
            for (var table : tables) {
                row = table(sheet, table, row) + 1;
                widest = Math.max(widest, table.headers().size());
            }
            for (int c = 0; c < widest; c++) {
                double width = 0;
                for (var table : tables) {
                    width = Math.max(width, c < table.widths().length ? table.widths()[c] : 0);
                }
                sheet.width(c, width);
            }
            Spreadsheets.printLandscape(sheet, tables.size() == 1 ? 4 : 0);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Spreadsheets.withDimensions(out.toByteArray());
    }

    private static int table(Worksheet sheet, Table table, int row) {
        sheet.value(row, 0, table.heading());
        sheet.style(row, 0).bold().set();
        row++;
        for (int c = 0; c < table.headers().size(); c++) {
            sheet.value(row, c, table.headers().get(c));
            sheet.style(row, c).bold().fontSize(Spreadsheets.TABLE_FONT_SIZE).wrapText(true)
                    .horizontalAlignment("center").verticalAlignment("center").borderStyle("thin").set();
        }
        Spreadsheets.fitRow(sheet, row, table.headers(), table.widths());
        row++;
        for (var cells : table.rows()) {
            for (int c = 0; c < cells.size(); c++) {
                String text = cells.get(c);
                if (text != null && text.matches("\\d{1,9}")) {
                    sheet.value(row, c, Long.parseLong(text));
                } else {
                    sheet.value(row, c, text);
                }
                sheet.style(row, c).fontSize(Spreadsheets.TABLE_FONT_SIZE).wrapText(true).verticalAlignment("top")
                        .borderStyle("thin").set();
            }
            Spreadsheets.fitRow(sheet, row, cells, table.widths());
            row++;
        }
        return row;
    }

    public byte[] pdf(PartyLetterhead head, String dateLine) {
        var layout = PdfLayout.a4(true).letterhead(head, dateLine)
                .centred(title, PdfLayout.Style.BOLD, 14)
                .centred(subtitle, PdfLayout.Style.ITALIC, 12).space(8);
        for (var table : tables) {
            layout.paragraph(table.heading(), PdfLayout.Style.BOLD, 12).space(2);
            float[] widths = new float[table.widths().length];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = (float) table.widths()[i];
            }
            layout.table(table.headers(), widths, table.rows(), 10).space(10);
        }
        return layout.bytes();
    }
}
