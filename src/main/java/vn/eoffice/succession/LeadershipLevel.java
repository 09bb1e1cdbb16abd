package vn.eoffice.succession;

/**
 * The levels of leadership posts in a commission, highest first: Trưởng ban, Phó Trưởng ban, Trưởng phòng (and
 * Chánh Văn phòng), Phó Trưởng phòng (and Phó Chánh Văn phòng). A cadre is planned only for a level above the one
 * he holds; one who holds no planned post stands below them all.
 */
public enum LeadershipLevel {
    HEAD(1), DEPUTY_HEAD(2), UNIT_HEAD(3), UNIT_DEPUTY(4);

    /** The rank of a cadre who holds no leadership post. */
    static final int NONE = 9;

    private final int rank;

    LeadershipLevel(int rank) {
        this.rank = rank;
    }

    /** Whether this level is above a cadre's current one ({@code currentRank}, {@link #NONE} for none). */
    boolean above(int currentRank) {
        return rank < currentRank;
    }

    int rank() {
        return rank;
    }
}
