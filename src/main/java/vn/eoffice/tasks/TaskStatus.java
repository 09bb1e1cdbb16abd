package vn.eoffice.tasks;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a task stands. COMPLETED means reported done and waiting for the assigner's acceptance; RETURNED means sent
 * back by the assigner for more work.
 */
public enum TaskStatus {
    ASSIGNED, IN_PROGRESS, COMPLETED, ACCEPTED, RETURNED, CANCELLED;

    /** Statuses in which the lead still owes work (and gets reminders). */
    public static final Set<TaskStatus> OPEN = EnumSet.of(ASSIGNED, IN_PROGRESS, RETURNED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
