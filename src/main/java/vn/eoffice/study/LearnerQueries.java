package vn.eoffice.study;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.EOfficeProperties;

/**
 * Reads a committee's learners: one page of a cell in one query (the roster of a commune runs to thousands), and
 * the counts per cell in one aggregate over {@code study_learner}.
 */
@Service
@Transactional(readOnly = true)
public class LearnerQueries {

    static final int PAGE_SIZE = 50;

    private static final String COUNTS = """
            select m.cell, count(*),
              sum(case when l.attendance = 'PRESENT' then 1 else 0 end),
              sum(case when l.attendance = 'MADE_UP' then 1 else 0 end),
              sum(case when l.attendance = 'ABSENT' then 1 else 0 end),
              sum(case when l.attendance = 'PENDING' then 1 else 0 end),
              sum(case when l.reflection_required then 1 else 0 end),
              sum(case when l.submitted_at is not null and l.submitted_at < ? then 1 else 0 end),
              sum(case when l.submitted_at >= ? then 1 else 0 end),
              sum(case when l.grade is not null then 1 else 0 end),
              sum(case when l.grade = 'EXCELLENT' then 1 else 0 end),
              sum(case when l.grade = 'GOOD' then 1 else 0 end),
              sum(case when l.grade = 'PASS' then 1 else 0 end),
              sum(case when l.grade = 'FAIL' then 1 else 0 end)
            from study_learner l join study_member m on m.id = l.member_id
            where l.committee_id = ? group by m.cell order by m.cell""";

    private static final String ROWS = """
            select l.id, l.member_id, m.cell, m.full_name, m.position, l.audience, l.attendance, l.absence_reason,
              l.reflection_required, l.submitted_at, l.grade, l.reflection_name, l.reflection_text
            from study_learner l join study_member m on m.id = l.member_id
            where l.committee_id = ? and (cast(? as varchar) is null or m.cell = ?)
            order by m.cell, m.folded_name, l.id limit ? offset ?""";

    private final JdbcTemplate jdbc;
    private final LearnerAccess access;
    private final StudySessions sessions;
    private final StudyAccess study;
    private final EOfficeProperties office;

    LearnerQueries(JdbcTemplate jdbc, LearnerAccess access, StudySessions sessions, StudyAccess study,
            EOfficeProperties office) {
        this.jdbc = jdbc;
        this.access = access;
        this.sessions = sessions;
        this.study = study;
        this.office = office;
    }

    /** The committees of the programme the user reads (his own, or all for the organiser). */
    public List<CommitteeView> committees(CurrentUser user, Long programmeId) {
        return study.visibleCommittees(user, access.programme(user, programmeId)).stream().map(StudyCommittee::view)
                .toList();
    }

    public LearnerPage page(CurrentUser user, Long programmeId, Long committeeId, String cell, int page) {
        var committee = access.committee(user, programmeId, committeeId);
        var programme = access.programme(user, programmeId);
        String chosen = cell == null || cell.isBlank() ? null : cell;
        var counts = counts(committee.getId(), programme);
        long total = counts.stream().filter(c -> chosen == null || chosen.equals(c.cell()))
                .mapToLong(LearnerCounts::learners).sum();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 0), pages - 1);
        var deadline = deadline(programme);
        var rows = jdbc.query(ROWS, (rs, n) -> {
            var submitted = rs.getObject(10, LocalDateTime.class);
            Instant at = submitted == null ? null : submitted.toInstant(ZoneOffset.UTC);
            String grade = rs.getString(11);
            return new LearnerRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    Audience.valueOf(rs.getString(6)), Attendance.valueOf(rs.getString(7)), rs.getString(8),
                    rs.getBoolean(9), at, at != null && deadline != null && !at.isBefore(deadline),
                    grade == null ? null : ReflectionGrade.valueOf(grade), rs.getString(12), rs.getString(13));
        }, committee.getId(), chosen, chosen, PAGE_SIZE, current * PAGE_SIZE);
        var cells = counts.stream().map(LearnerCounts::cell).toList();
        return new LearnerPage(programme.view(), committee.view(), committees(user, programmeId), cells, chosen,
                rows, current, pages, total, sessions(committee), counts, LearnerCounts.total(counts),
                access.mayAct(user, committee), programme.getReflectionDue());
    }

    /** Attendance and reflections counted per cell of the committee. */
    public List<LearnerCounts> counts(CurrentUser user, Long programmeId, Long committeeId) {
        var committee = access.committee(user, programmeId, committeeId);
        return counts(committee.getId(), access.programme(user, programmeId));
    }

    public List<StudySessionView> sessions(CurrentUser user, Long programmeId, Long committeeId) {
        return sessions(access.committee(user, programmeId, committeeId));
    }

    List<LearnerCounts> counts(Long committeeId, StudyProgramme programme) {
        var deadline = deadline(programme);
        var cutoff = deadline == null ? LocalDateTime.of(9999, 1, 1, 0, 0)
                : LocalDateTime.ofInstant(deadline, ZoneOffset.UTC);
        return new ArrayList<>(jdbc.query(COUNTS, (rs, n) -> new LearnerCounts(rs.getString(1), rs.getLong(2),
                rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8),
                rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13), rs.getLong(14)),
                cutoff, cutoff, committeeId));
    }

    /** The first instant that is late: the day after the due day, in the office's time zone. */
    Instant deadline(StudyProgramme programme) {
        return programme.getReflectionDue() == null ? null
                : programme.getReflectionDue().plusDays(1).atStartOfDay(office.timeZone()).toInstant();
    }

    private List<StudySessionView> sessions(StudyCommittee committee) {
        return sessions.findByProgrammeIdAndCommitteeIdOrderByHeldOnAscIdAsc(committee.getProgrammeId(),
                committee.getId()).stream().map(StudySession::view).toList();
    }
}
