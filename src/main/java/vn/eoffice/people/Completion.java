package vn.eoffice.people;

/** How much of a training plan is done: items planned, items done (a course linked), and the share in percent. */
public record Completion(long planned, long done) {

    public static final Completion NONE = new Completion(0, 0);

    /** Whole percent, rounded down; 0 for a plan without items. */
    public int percent() {
        return planned == 0 ? 0 : (int) (done * 100 / planned);
    }
}
