package vn.eoffice.platform;

/**
 * One kind of step waiting for a person: {@code area} and {@code kind} are message keys (the module, e.g.
 * "queue.area.documents", and the step, e.g. "queue.documents.toSign"), {@code count} is bounded by
 * {@link #COUNT_LIMIT} + 1, and {@code link} is the path of the list whose primary action does the step.
 */
public record WaitingStep(String area, String kind, long count, String link) {

    /** Counts stop here: a badge says that work waits, not how much ("99+"). */
    public static final int COUNT_LIMIT = 99;

    public WaitingStep {
        count = Math.min(Math.max(count, 0), COUNT_LIMIT + 1);
    }

    /** The badge's text: the count, or "99+". */
    public String badge() {
        return count > COUNT_LIMIT ? COUNT_LIMIT + "+" : Long.toString(count);
    }

    public boolean waiting() {
        return count > 0;
    }
}
