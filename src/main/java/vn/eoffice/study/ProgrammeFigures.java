package vn.eoffice.study;

import java.util.List;

/**
 * A programme's figures as one reader may see them: every committee and the total for the organiser, only his own
 * committee's row (and no total) for a committee.
 */
public record ProgrammeFigures(ProgrammeView programme, List<CommitteeFigures> rows, CommitteeFigures total) {

    public boolean showsTotal() {
        return total != null;
    }
}
