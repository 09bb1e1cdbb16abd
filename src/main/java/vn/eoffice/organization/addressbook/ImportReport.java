package vn.eoffice.organization.addressbook;

import java.util.List;

/**
 * The outcome of an address-book import: how many data rows were read and imported, and every problem found.
 * {@code row} is the file line the record starts on (the header is line 1); 0 for problems with the whole file.
 */
public record ImportReport(int rows, int imported, boolean allOrNothing, List<Problem> problems) {

    public record Problem(int row, String column, String messageKey, Object[] args) {
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Rows that had at least one problem. */
    public long rejectedRows() {
        return problems.stream().filter(problem -> problem.row() > 0).map(Problem::row).distinct().count();
    }
}
