package vn.eoffice.people;

/** Trình độ lý luận chính trị; a bachelor's degree in politics (cử nhân) counts as the advanced level (cao cấp). */
public enum TheoryLevel {
    ELEMENTARY(1), INTERMEDIATE(2), ADVANCED(3), BACHELOR(3);

    private final int rank;

    TheoryLevel(int rank) {
        this.rank = rank;
    }

    /** Whether a person at this level meets a position requiring {@code required} (none required: always). */
    public boolean meets(TheoryLevel required) {
        return required == null || rank >= required.rank;
    }

    /** The same for a person whose level may be unknown. */
    public static boolean meets(TheoryLevel held, TheoryLevel required) {
        return required == null || (held != null && held.meets(required));
    }
}
