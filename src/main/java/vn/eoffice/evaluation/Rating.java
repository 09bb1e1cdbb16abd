package vn.eoffice.evaluation;

import java.math.BigDecimal;

/**
 * A quality rating (xếp loại chất lượng), best first. The thresholds are those of Nghị định 335/2025/NĐ-CP and Quy
 * định 366-QĐ/TW alike: 90, 70 and 50 points of 100.
 */
public enum Rating {
    EXCELLENT(90), GOOD(70), COMPLETED(50), NOT_COMPLETED(0);

    private final BigDecimal threshold;

    Rating(int threshold) {
        this.threshold = BigDecimal.valueOf(threshold);
    }

    /** The best rating whose threshold the points reach. */
    public static Rating ofPoints(BigDecimal points) {
        for (Rating rating : values()) {
            if (points.compareTo(rating.threshold) >= 0) {
                return rating;
            }
        }
        return NOT_COMPLETED;
    }

    /** The next rating down (Không hoàn thành stays). */
    public Rating below() {
        return this == NOT_COMPLETED ? this : values()[ordinal() + 1];
    }

    public boolean excellent() {
        return this == EXCELLENT;
    }

    public boolean good() {
        return this == GOOD;
    }

    /** Rated at least "Hoàn thành nhiệm vụ". */
    public boolean completed() {
        return this != NOT_COMPLETED;
    }

    /** The message key of its Vietnamese name. */
    public String label() {
        return "evaluation.rating." + name();
    }
}
