package vn.eoffice.study;

/**
 * One committee's study figures (or the sum of several): Party members expected, learners registered, who studied on
 * time or in a make-up class, who was absent, the reflections required, submitted, graded and by grade, and the
 * materials its people downloaded.
 */
public record CommitteeFigures(Long committeeId, Long programmeId, Long agencyId, String name, long expected,
        long registered, long present, long madeUp, long absent, long reflectionsRequired, long submitted,
        long graded, long excellent, long good, long pass, long fail, long downloads) {

    /** Learners who studied, at the conference or in a make-up class. */
    public long studied() {
        return present + madeUp;
    }

    /** Studied as a percentage of the registered learners, one decimal; null when nobody is registered. */
    public Double studiedOfRegistered() {
        return percent(studied(), registered);
    }

    /** Studied as a percentage of the Party members expected, one decimal; null when none are expected. */
    public Double studiedOfExpected() {
        return percent(studied(), expected);
    }

    /** The sum of several committees' figures, named {@code name}. */
    static CommitteeFigures total(String name, Iterable<CommitteeFigures> rows) {
        long[] s = new long[13];
        for (var r : rows) {
            long[] v = { r.expected, r.registered, r.present, r.madeUp, r.absent, r.reflectionsRequired, r.submitted,
                    r.graded, r.excellent, r.good, r.pass, r.fail, r.downloads };
            for (int i = 0; i < s.length; i++) {
                s[i] += v[i];
            }
        }
        return new CommitteeFigures(null, null, null, name, s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8],
                s[9], s[10], s[11], s[12]);
    }

    private static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
