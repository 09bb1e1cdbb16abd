package vn.eoffice.people;

import java.util.List;

/**
 * What an uploaded list holds: the rows read, those that can be imported (each shown as a short line), and every
 * error with its row number (as the spreadsheet numbers it), its column heading and a message in the reader's
 * language. {@code imported} is how many rows were written: 0 for a preview.
 */
public record ImportReport(PeopleImport.Kind kind, int rows, List<Valid> valid, List<RowError> errors, int imported) {

    public record Valid(int row, String summary) {
    }

    public record RowError(int row, String column, String message) {
    }

    public int validCount() {
        return valid.size();
    }
}
