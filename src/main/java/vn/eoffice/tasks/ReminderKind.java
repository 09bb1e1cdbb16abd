package vn.eoffice.tasks;

/**
 * Why a reminder is sent: the deadline is near, it is today, it has passed (to the lead), or an escalation to the
 * assigner while the task stays overdue.
 */
public enum ReminderKind {
    DUE_SOON, DUE_TODAY, OVERDUE, ESCALATION
}
