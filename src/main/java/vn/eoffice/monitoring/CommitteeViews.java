package vn.eoffice.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Read models of the committees' reporting: a document's committees × periods board, the province view and its
 * overdue list.
 */
public final class CommitteeViews {

    private CommitteeViews() {
    }

    /** One committee's position for one period. */
    public record Cell(ReportingPeriod period, ProgrammeLight light, LocalDate submittedOn, Long reportId) {
    }

    /** A committee's line on a document's board; {@code hosted} when it reports through its own accounts. */
    public record CommitteeRow(Long committeeId, String name, boolean hosted, String email, List<Cell> cells) {
    }

    /** The board of a document: periods begun, a line per committee the viewer may see, counts per light. */
    public record Board(MonitoredDocumentSummary document, List<ReportingPeriod> periods, List<CommitteeRow> rows,
            Map<ProgrammeLight, Long> counts, List<String> headings, String templateFileName, boolean manage) {

        public long count(ProgrammeLight light) {
            return counts.getOrDefault(light, 0L);
        }

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** A line of the province view: a document, a committee, its current period and light. */
    public record ProvinceRow(Long documentId, String title, String notation, Long committeeId, String committee,
            ReportingPeriod period, ProgrammeLight light, LocalDate submittedOn) {
    }

    /** A report owed and not sent after its due day. */
    public record Overdue(Long documentId, String title, Long committeeId, String committee, ReportingPeriod period,
            long daysOverdue) {
    }

    /** The province view: the lines (filtered), their counts per light, and the overdue list, most overdue first. */
    public record Province(List<ProvinceRow> rows, Map<ProgrammeLight, Long> counts, List<Overdue> overdue) {

        public long count(ProgrammeLight light) {
            return counts.getOrDefault(light, 0L);
        }

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** A report the committee owes soon or late, for its queue and the reminders. */
    public record Owed(Long documentId, String title, ReportingPeriod period, Long committeeId, boolean overdue) {
    }
}
