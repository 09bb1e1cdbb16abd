package vn.eoffice.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.NotFoundException;

/**
 * The study figures, counted by the database: one aggregate over {@code study_learner} grouped by committee answers a
 * programme or the whole province (no query per committee). A committee reads its own row only, never the others'
 * figures nor their totals; the organiser reads every row and the totals.
 */
@Service
@Transactional(readOnly = true)
public class StudyFigures {

    private static final String AGGREGATE = """
            select c.id, c.programme_id, c.agency_id, c.name, c.expected_members,
              count(l.id) as registered,
              sum(case when l.attendance = 'PRESENT' then 1 else 0 end) as present,
              sum(case when l.attendance = 'MADE_UP' then 1 else 0 end) as made_up,
              sum(case when l.attendance = 'ABSENT' then 1 else 0 end) as absent,
              sum(case when l.reflection_required then 1 else 0 end) as required,
              sum(case when l.reflection_required and l.submitted_at is not null then 1 else 0 end) as submitted,
              sum(case when l.grade is not null then 1 else 0 end) as graded,
              sum(case when l.grade = 'EXCELLENT' then 1 else 0 end) as excellent,
              sum(case when l.grade = 'GOOD' then 1 else 0 end) as good,
              sum(case when l.grade = 'PASS' then 1 else 0 end) as pass,
              sum(case when l.grade = 'FAIL' then 1 else 0 end) as fail,
              coalesce(d.downloads, 0) as downloads
            from study_committee c
            join study_programme p on p.id = c.programme_id
            left join study_learner l on l.committee_id = c.id
            left join (select committee_id, count(*) as downloads from study_material_download
                       where committee_id is not null group by committee_id) d on d.committee_id = c.id
            where %s
            group by c.id, c.programme_id, c.agency_id, c.name, c.expected_members, p.study_from, d.downloads
            order by p.study_from desc, c.programme_id desc, c.name""";

    private static final RowMapper<CommitteeFigures> ROW = (rs, n) -> new CommitteeFigures(rs.getLong(1),
            rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getLong(5), rs.getLong(6), rs.getLong(7),
            rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13),
            rs.getLong(14), rs.getLong(15), rs.getLong(16), rs.getLong(17));

    private final JdbcTemplate jdbc;
    private final Programmes programmes;
    private final StudyAccess access;

    StudyFigures(JdbcTemplate jdbc, Programmes programmes, StudyAccess access) {
        this.jdbc = jdbc;
        this.programmes = programmes;
        this.access = access;
    }

    /** A programme's figures: all committees and the total for the organiser, his own row for a committee. */
    public ProgrammeFigures programme(CurrentUser user, Long programmeId, String totalName) {
        var programme = access.visible(user, programmes.findById(programmeId)
                .orElseThrow(() -> new NotFoundException("study programme " + programmeId)));
        boolean all = access.seesEveryCommittee(user, programme);
        var rows = all ? jdbc.query(AGGREGATE.formatted("c.programme_id = ?"), ROW, programmeId)
                : jdbc.query(AGGREGATE.formatted("c.programme_id = ? and c.agency_id = ?"), ROW, programmeId,
                        user.agencyId());
        return new ProgrammeFigures(programme.view(), rows, all ? CommitteeFigures.total(totalName, rows) : null);
    }

    /**
     * Every open programme the user sees, in one query: the organiser's agency reads all its programmes' committees
     * with the totals, a committee only its own rows in the programmes it takes part in.
     */
    public ProvinceFigures province(CurrentUser user, String totalName) {
        var rows = jdbc.query(AGGREGATE.formatted(
                "p.status = 'OPEN' and (p.agency_id = ? or c.agency_id = ?)"), ROW, user.agencyId(), user.agencyId());
        var byProgramme = new LinkedHashMap<Long, List<CommitteeFigures>>();
        rows.forEach(r -> byProgramme.computeIfAbsent(r.programmeId(), k -> new ArrayList<>()).add(r));
        var views = new LinkedHashMap<Long, StudyProgramme>();
        programmes.findAllById(byProgramme.keySet()).forEach(p -> views.put(p.getId(), p));
        var blocks = new ArrayList<ProgrammeFigures>();
        boolean organiserOfAll = true;
        for (var entry : byProgramme.entrySet()) {
            var programme = views.get(entry.getKey());
            boolean all = access.seesEveryCommittee(user, programme);
            organiserOfAll &= all;
            blocks.add(new ProgrammeFigures(programme.view(), entry.getValue(),
                    all ? CommitteeFigures.total(totalName, entry.getValue()) : null));
        }
        boolean totals = organiserOfAll && !blocks.isEmpty();
        return new ProvinceFigures(blocks, totals ? CommitteeFigures.total(totalName, rows) : null);
    }
}
