package vn.eoffice.tasks;

/**
 * What the viewing person may do with a task now; screens show only these actions.
 */
public record TaskActions(boolean report, boolean complete, boolean accept, boolean breakDown,
        boolean requestExtension, boolean decideExtension, boolean cancel) {
}
