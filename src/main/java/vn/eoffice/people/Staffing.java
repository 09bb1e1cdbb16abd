package vn.eoffice.people;

/** A position's headcount against the people assigned to it. */
public enum Staffing {
    VACANT("text-bg-warning"), FILLED("text-bg-success"), OVER_FILLED("text-bg-danger");

    private final String cssClass;

    Staffing(String cssClass) {
        this.cssClass = cssClass;
    }

    public String cssClass() {
        return cssClass;
    }

    static Staffing of(int headcount, long assigned) {
        return assigned < headcount ? VACANT : assigned == headcount ? FILLED : OVER_FILLED;
    }
}
