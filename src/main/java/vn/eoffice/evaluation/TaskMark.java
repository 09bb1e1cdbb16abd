package vn.eoffice.evaluation;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * The proposer's mark on a task behind a sheet's figures: its quality failures have an objective cause he confirms
 * (not deducted, Nghị định 335/2025), or it exceeded what was required (Quy định 366-QĐ/TW).
 */
@Entity
@Table(name = "evaluation_task_mark")
@IdClass(TaskMark.Key.class)
class TaskMark {

    static class Key implements Serializable {
        private Long sheetId;
        private Long taskId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(sheetId, key.sheetId)
                    && java.util.Objects.equals(taskId, key.taskId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(sheetId, taskId);
        }
    }

    @Id
    private Long sheetId;
    @Id
    private Long taskId;
    private boolean objectiveCause;
    private boolean exceeding;

    protected TaskMark() {
    }

    TaskMark(Long sheetId, Long taskId, boolean objectiveCause, boolean exceeding) {
        this.sheetId = sheetId;
        this.taskId = taskId;
        this.objectiveCause = objectiveCause;
        this.exceeding = exceeding;
    }

    Long getTaskId() { return taskId; }
    boolean isObjectiveCause() { return objectiveCause; }
    boolean isExceeding() { return exceeding; }
}
