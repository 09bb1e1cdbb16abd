package vn.eoffice.documents.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Worksheet;

import vn.eoffice.platform.Spreadsheets;

/**
 * Writes an {@link ExportTable} as one worksheet that prints like the paper register: the agency top left, the title
 * and period centred over the table, a bold header row repeated on every page, A4 landscape fitted to the width,
 * rows as tall as their wrapped text, dates as dd/MM/yyyy, Times New Roman throughout.
 */
public final class XlsxWriter {

    /** The table's width in character units: what an A4 landscape page holds at 100 % in Times New Roman 12. */
    static final double PAGE_WIDTH = 140;
    private static final int SIZE = Spreadsheets.TABLE_FONT_SIZE;

    private XlsxWriter() {
    }

    public static byte[] write(ExportTable table) {
        var out = new ByteArrayOutputStream();
        try {
            var workbook = Spreadsheets.workbook(out);
            var sheet = workbook.newWorksheet("Sheet1");
            int last = table.columns().size() - 1;
            double[] widths = widths(table);
            for (int c = 0; c <= last; c++) {
                sheet.width(c, widths[c]);
            }
            int row = 0;
            if (present(table.agencyName())) {
                sheet.value(row, 0, table.agencyName());
                sheet.range(row, 0, row, Math.min(last, 2)).merge();
                sheet.style(row, 0).bold().set();
                row++;
            }
            for (String line : new String[] { table.title(), table.subtitle() }) {
                if (present(line)) {
                    sheet.value(row, 0, line);
                    sheet.range(row, 0, row, last).merge();
                    sheet.range(row, 0, row, last).style().bold().horizontalAlignment("center")
                            .fontSize(line.equals(table.title()) ? 14 : 12).set();
                    row++;
                }
            }
            row++;
            int header = row;
            var headers = table.columns().stream().map(ExportTable.Column::header).toList();
            for (int c = 0; c <= last; c++) {
                sheet.value(header, c, headers.get(c));
                sheet.style(header, c).bold().fontSize(Spreadsheets.TABLE_FONT_SIZE).wrapText(true)
                        .horizontalAlignment("center")
                        .verticalAlignment("center").borderStyle("thin").set();
            }
            Spreadsheets.fitRow(sheet, header, headers, widths);
            for (var cells : table.rows()) {
                row++;
                rowOf(sheet, row, cells);
                Spreadsheets.fitRow(sheet, row, cells.stream().map(PdfWriter::cell).toList(), widths);
            }
            Spreadsheets.printLandscape(sheet, header);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Spreadsheets.withDimensions(out.toByteArray());
    }

    private static void rowOf(Worksheet sheet, int row, List<Object> cells) {
        for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value instanceof LocalDate date) {
                sheet.value(row, c, date);
                sheet.style(row, c).format("dd/mm/yyyy").fontSize(SIZE).horizontalAlignment("center").verticalAlignment("top")
                        .borderStyle("thin").set();
            } else if (value instanceof Number number) {
                sheet.value(row, c, number);
                sheet.style(row, c).fontSize(SIZE).horizontalAlignment("center").verticalAlignment("top")
                        .borderStyle("thin").set();
            } else {
                sheet.value(row, c, value == null ? "" : value.toString());
                sheet.style(row, c).fontSize(SIZE).wrapText(true).verticalAlignment("top").borderStyle("thin")
                        .set();
            }
        }
    }

    /** The relative widths of the columns spread over {@link #PAGE_WIDTH}. */
    static double[] widths(ExportTable table) {
        int sum = table.columns().stream().mapToInt(ExportTable.Column::width).sum();
        var widths = new ArrayList<Double>();
        table.columns().forEach(c -> widths.add(Math.max(6, PAGE_WIDTH * c.width() / sum)));
        return widths.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
