package vn.eoffice.study;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Learners written straight into {@code study_member} and {@code study_learner} (the learners' own pages are another
 * module part's), so that the figures can be checked against counts known in advance.
 */
public final class StudyRows {

    /** How many learners of a committee end in each state. */
    public record Mix(int present, int madeUp, int absent, int pending, int required, int submitted,
            int excellent, int good, int pass, int fail) {

        public int learners() {
            return present + madeUp + absent + pending;
        }
    }

    private StudyRows() {
    }

    /** Writes {@code mix.learners()} members of the agency and their learner rows in the committee. */
    public static void write(JdbcTemplate jdbc, long programmeId, long committeeId, long agencyId, Mix mix) {
        String tag = StudyFixtures.tag();
        var members = new ArrayList<Object[]>();
        for (int i = 0; i < mix.learners(); i++) {
            members.add(new Object[] { agencyId, "Chi bộ " + (i % 4 + 1), "Đảng viên " + tag + " " + i,
                    "dang vien " + tag + " " + i, tag + "-" + i });
        }
        jdbc.batchUpdate("insert into study_member (agency_id, cell, full_name, folded_name, card_number)"
                + " values (?, ?, ?, ?, ?)", members);
        List<Long> ids = jdbc.queryForList("select id from study_member where agency_id = ? and card_number like ?"
                + " order by id", Long.class, agencyId, tag + "-%");
        var now = Timestamp.from(Instant.now());
        String[] grades = grades(mix);
        var learners = new ArrayList<Object[]>();
        for (int i = 0; i < ids.size(); i++) {
            boolean required = i < mix.required();
            boolean submitted = i < mix.submitted();
            learners.add(new Object[] { programmeId, committeeId, ids.get(i), attendance(mix, i), required,
                    submitted ? now : null, i < grades.length ? grades[i] : null });
        }
        jdbc.batchUpdate("insert into study_learner (programme_id, committee_id, member_id, audience, attendance,"
                + " reflection_required, submitted_at, grade) values (?, ?, ?, 'PARTY_MEMBERS', ?, ?, ?, ?)", learners);
    }

    private static String attendance(Mix mix, int i) {
        if (i < mix.present()) {
            return "PRESENT";
        }
        if (i < mix.present() + mix.madeUp()) {
            return "MADE_UP";
        }
        return i < mix.present() + mix.madeUp() + mix.absent() ? "ABSENT" : "PENDING";
    }

    private static String[] grades(Mix mix) {
        var grades = new ArrayList<String>();
        for (int i = 0; i < mix.excellent(); i++) grades.add("EXCELLENT");
        for (int i = 0; i < mix.good(); i++) grades.add("GOOD");
        for (int i = 0; i < mix.pass(); i++) grades.add("PASS");
        for (int i = 0; i < mix.fail(); i++) grades.add("FAIL");
        return grades.toArray(String[]::new);
    }
}
