package vn.eoffice.documents.exports;

import java.util.List;

/**
 * A titled table ready to print: heading lines (agency, register, period), the column headers with their relative
 * widths, and the rows. Cells are {@link String}, {@link Number}, {@link java.time.LocalDate} or null.
 */
public record ExportTable(String agencyName, String title, String subtitle, List<Column> columns,
        List<List<Object>> rows) {

    public record Column(String header, int width) {
    }

    public ExportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
