package vn.eoffice.tasks;

import java.time.LocalDate;

/**
 * What a person asks a task list for; null fields do not filter. {@code overdue} keeps open tasks past their deadline.
 */
public record TaskFilter(TaskView view, TaskStatus status, boolean overdue, String text, LocalDate deadlineFrom,
        LocalDate deadlineTo) {

    public TaskFilter {
        view = view == null ? TaskView.MINE : view;
    }

    public static TaskFilter of(TaskView view) {
        return new TaskFilter(view, null, false, null, null, null);
    }
}
