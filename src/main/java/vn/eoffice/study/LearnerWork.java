package vn.eoffice.study;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.Actor;
import vn.eoffice.platform.Dates;
import vn.eoffice.platform.EOfficeProperties;
import vn.eoffice.platform.WaitingItem;
import vn.eoffice.platform.WaitingStep;
import vn.eoffice.platform.WaitingWork;

/**
 * The study in a committee's queue (its clerk and leaders): learners to register, attendance to mark once the
 * programme's study has begun, a make-up class for the absent, reflections to grade — counted in one aggregate over
 * the committee's open programmes, each item with its due date.
 */
@Component
@Transactional(readOnly = true)
class LearnerWork implements WaitingWork {

    static final String AREA = "study.learner.queue.area";
    static final String KIND = "study.learner.queue.";
    static final List<String> KINDS = List.of("register", "attendance", "makeup", "grade");

    private static final String WORK = """
            select c.id, c.programme_id, p.title, p.study_from, p.study_until, p.reflection_due, count(l.id),
              sum(case when l.attendance = 'PENDING' then 1 else 0 end),
              sum(case when l.attendance = 'ABSENT' then 1 else 0 end),
              sum(case when l.submitted_at is not null and l.grade is null then 1 else 0 end)
            from study_committee c join study_programme p on p.id = c.programme_id
            left join study_learner l on l.committee_id = c.id
            where c.agency_id = ? and p.status = 'OPEN'
            group by c.id, c.programme_id, p.title, p.study_from, p.study_until, p.reflection_due
            order by p.study_from, c.id""";

    /** What one committee still has to do in one programme. */
    record Owed(Long committeeId, Long programmeId, String title, LocalDate from, LocalDate until, LocalDate due,
            long learners, long pending, long absent, long toGrade) {

        long count(String kind, LocalDate today) {
            return switch (kind) {
                case "register" -> learners == 0 ? 1 : 0;
                case "attendance" -> today.isBefore(from) ? 0 : pending;
                case "makeup" -> absent;
                default -> toGrade;
            };
        }

        LocalDate dueFor(String kind) {
            return "grade".equals(kind) && due != null ? due : "register".equals(kind) ? from : until;
        }

        String link() {
            return "/study/programmes/" + programmeId + "/learners?committee=" + committeeId;
        }
    }

    private final JdbcTemplate jdbc;
    private final AccessControl control;
    private final Clock clock;
    private final EOfficeProperties office;
    private final org.springframework.context.MessageSource messages;

    LearnerWork(JdbcTemplate jdbc, AccessControl control, Clock clock, EOfficeProperties office,
            org.springframework.context.MessageSource messages) {
        this.jdbc = jdbc;
        this.control = control;
        this.clock = clock;
        this.office = office;
        this.messages = messages;
    }

    @Override
    public List<WaitingStep> waitingFor(Actor actor) {
        if (!(actor instanceof CurrentUser user) || !control.mayActForStudyCommittee(user, user.agencyId())) {
            return List.of();
        }
        var owed = owed(user);
        if (owed.isEmpty()) {
            return List.of();
        }
        var today = LocalDate.now(clock.withZone(office.timeZone()));
        var steps = new ArrayList<WaitingStep>();
        for (String kind : KINDS) {
            var waiting = owed.stream().filter(o -> o.count(kind, today) > 0).toList();
            long count = waiting.stream().mapToLong(o -> o.count(kind, today)).sum();
            steps.add(new WaitingStep(AREA, KIND + kind, count, (waiting.isEmpty() ? owed : waiting).get(0).link()));
        }
        return steps;
    }

    @Override
    public List<WaitingItem> firstWaiting(Actor actor, String kind, int limit) {
        if (!(actor instanceof CurrentUser user) || !kind.startsWith(KIND)
                || !control.mayActForStudyCommittee(user, user.agencyId())) {
            return List.of();
        }
        String name = kind.substring(KIND.length());
        var today = LocalDate.now(clock.withZone(office.timeZone()));
        return owed(user).stream().filter(o -> o.count(name, today) > 0).limit(limit)
                .map(o -> new WaitingItem(messages.getMessage("study.learner.queue.item", new Object[] { o.title(),
                        o.count(name, today), Dates.DATE.format(o.dueFor(name)) },
                        org.springframework.context.i18n.LocaleContextHolder.getLocale()), o.link()))
                .toList();
    }

    List<Owed> owed(CurrentUser user) {
        return jdbc.query(WORK, (rs, n) -> new Owed(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10)), user.agencyId());
    }
}
