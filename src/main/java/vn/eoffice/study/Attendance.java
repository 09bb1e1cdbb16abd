package vn.eoffice.study;

/**
 * A learner's attendance (điểm danh): not yet marked, present at the conference, absent (with a reason), or studied
 * later in a make-up class (học bù).
 */
public enum Attendance {
    PENDING, PRESENT, ABSENT, MADE_UP;

    /** Whether the learner has studied the programme, at the conference or in a make-up class. */
    public boolean studied() {
        return this == PRESENT || this == MADE_UP;
    }

    public String messageKey() {
        return "study.attendance." + name();
    }

    public String badge() {
        return switch (this) {
            case PRESENT -> "text-bg-success";
            case MADE_UP -> "text-bg-info";
            case ABSENT -> "text-bg-danger";
            case PENDING -> "text-bg-secondary";
        };
    }
}
