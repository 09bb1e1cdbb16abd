package vn.eoffice.people;

/** A position's headcount against the people assigned to it. */
public enum Staffing {
    VACANT, FILLED, OVER_FILLED;

    static Staffing of(int headcount, long assigned) {
        return assigned < headcount ? VACANT : assigned == headcount ? FILLED : OVER_FILLED;
    }
}
