package vn.eoffice.people;

import vn.eoffice.organization.SearchText;

/**
 * Trình độ chuyên môn as the records write it in words ("Đại học", "Thạc sĩ Luật", "Trung cấp trở lên"): the first
 * level named, highest first; text that names none is {@link #UNKNOWN}, which no standard is checked against.
 */
public enum EducationLevel {
    DOCTORATE(5, "tien si"), MASTER(4, "thac si"), UNIVERSITY(3, "dai hoc"), COLLEGE(2, "cao dang"),
    VOCATIONAL(1, "trung cap"), UNKNOWN(0, null);

    private final int rank;
    private final String folded;

    EducationLevel(int rank, String folded) {
        this.rank = rank;
        this.folded = folded;
    }

    public static EducationLevel of(String text) {
        if (text == null || text.isBlank()) {
            return UNKNOWN;
        }
        String key = SearchText.fold(text);
        for (var level : values()) {
            if (level.folded != null && key.contains(level.folded)) {
                return level;
            }
        }
        return UNKNOWN;
    }

    /** Whether a person at this level meets {@code required}; an unknown level on either side is not judged. */
    public boolean meets(EducationLevel required) {
        return this == UNKNOWN || required == UNKNOWN || rank >= required.rank;
    }
}
