package vn.eoffice.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;

import vn.eoffice.tasks.Priority;
import vn.eoffice.tasks.SourceType;
import vn.eoffice.tasks.TaskStatus;

/**
 * One task behind a sheet's figures: what the tasks module knows of it, how it was counted (weight, quality failures,
 * delays, exceeding, an objective cause confirmed) and what it adds to a, b and c in percentage points. {@code link}
 * is whether the viewer may open the task.
 */
public record TaskLine(Long taskId, String title, SourceType kind, Priority priority, LocalDate deadline,
        TaskStatus status, boolean done, int daysLate, Boolean meetsQuality, int returns, int extensions,
        BigDecimal weight, int qualityFailures, int delays, boolean exceeding, boolean objectiveCause,
        BigDecimal quantity, BigDecimal quality, BigDecimal timeliness, boolean link) {

    TaskLine linked(boolean visible) {
        return new TaskLine(taskId, visible ? title : null, kind, priority, deadline, status, done, daysLate,
                meetsQuality, returns, extensions, weight, qualityFailures, delays, exceeding, objectiveCause,
                quantity, quality, timeliness, visible);
    }
}
