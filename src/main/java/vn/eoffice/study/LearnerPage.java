package vn.eoffice.study;

import java.time.LocalDate;
import java.util.List;

/** A committee's learners in a programme, one cell's page at a time, with its sessions and counts. */
public record LearnerPage(ProgrammeView programme, CommitteeView committee, List<CommitteeView> committees,
        List<String> cells, String cell, List<LearnerRow> rows, int page, int totalPages, long total,
        List<StudySessionView> sessions, List<LearnerCounts> counts, LearnerCounts totals, boolean mayAct,
        LocalDate reflectionDue) {

    /** The counts per cell, then the committee's total. */
    public List<LearnerCounts> countsWithTotal() {
        var all = new java.util.ArrayList<>(counts);
        all.add(totals);
        return all;
    }
}
