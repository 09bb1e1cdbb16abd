package vn.eoffice.study;

import java.util.List;

/** A cell's (or the committee's, {@code cell} null) learners: attendance and reflections counted. */
public record LearnerCounts(String cell, long learners, long present, long madeUp, long absent, long pending,
        long required, long onTime, long late, long graded, long excellent, long good, long pass, long fail) {

    public long submitted() {
        return onTime + late;
    }

    /** The committee's total over its cells. */
    static LearnerCounts total(List<LearnerCounts> cells) {
        long[] t = new long[13];
        for (var c : cells) {
            long[] v = { c.learners, c.present, c.madeUp, c.absent, c.pending, c.required, c.onTime, c.late,
                    c.graded, c.excellent, c.good, c.pass, c.fail };
            for (int i = 0; i < t.length; i++) {
                t[i] += v[i];
            }
        }
        return new LearnerCounts(null, t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10], t[11],
                t[12]);
    }
}
