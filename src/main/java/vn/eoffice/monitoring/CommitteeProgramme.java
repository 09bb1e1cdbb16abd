package vn.eoffice.monitoring;

import java.time.LocalDate;

/**
 * Where a committee stands with its action programme on a resolution: due, submitted (late or not), the monitored
 * document it became, and its items (done, overdue).
 */
public record CommitteeProgramme(Long committeeId, String committeeName, LocalDate dueOn, LocalDate submittedOn,
        boolean late, Long actionProgrammeId, int items, int itemsDone, int itemsOverdue, ProgrammeLight light) {
}
