package vn.eoffice.documents.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.dhatim.fastexcel.Workbook;

/**
 * Writes an {@link ExportTable} as one worksheet: heading lines, a bold header row, dates as dd/MM/yyyy.
 */
public final class XlsxWriter {

    private XlsxWriter() {
    }

    public static byte[] write(ExportTable table) {
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "eOffice", "1.0");
            var sheet = workbook.newWorksheet("Sheet1");
            int row = 0;
            for (String line : new String[] { table.agencyName(), table.title(), table.subtitle() }) {
                if (line != null && !line.isBlank()) {
                    sheet.value(row, 0, line);
                    sheet.style(row, 0).bold().set();
                    row++;
                }
            }
            row++;
            int header = row;
            for (int c = 0; c < table.columns().size(); c++) {
                var column = table.columns().get(c);
                sheet.value(header, c, column.header());
                sheet.style(header, c).bold().wrapText(true).borderStyle("thin").set();
                sheet.width(c, Math.max(8, column.width() * 1.6));
            }
            for (var cells : table.rows()) {
                row++;
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value instanceof LocalDate date) {
                        sheet.value(row, c, date);
                        sheet.style(row, c).format("dd/mm/yyyy").borderStyle("thin").set();
                    } else if (value instanceof Number number) {
                        sheet.value(row, c, number);
                        sheet.style(row, c).borderStyle("thin").set();
                    } else {
                        sheet.value(row, c, value == null ? "" : value.toString());
                        sheet.style(row, c).wrapText(true).borderStyle("thin").set();
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
