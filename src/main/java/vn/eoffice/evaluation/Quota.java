package vn.eoffice.evaluation;

/**
 * The quota of Nghị định 335/2025/NĐ-CP: "Hoàn thành xuất sắc" at most {@code sharePercent}% (20%) of the number
 * rated "Hoàn thành tốt" in the same body and task group, rounded down: 10 "tốt" allow 2, 4 allow 0.
 */
public record Quota(String group, int good, int excellent, int sharePercent) {

    public int allowed() {
        return good * sharePercent / 100;
    }

    /** Whether one more "xuất sắc" would stay within the quota. */
    public boolean allowsOneMore() {
        return excellent + 1 <= allowed();
    }

    public boolean exceeded() {
        return excellent > allowed();
    }
}
