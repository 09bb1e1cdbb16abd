package vn.eoffice.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.EOfficeProperties;
import vn.eoffice.platform.NotFoundException;

/**
 * The evaluation workflow (docs/adr/0030): the personnel office opens a period (a sheet for every member of staff);
 * each person assesses himself, the head of his unit proposes, the unit's collective meeting votes, a leader decides
 * within the quota, and the leaders publish. Every step is checked by {@link EvaluationAccess}, audited, and
 * announced to whoever acts next.
 */
@Service
@Transactional
public class EvaluationManagement {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Periods periods;
    private final Sheets sheets;
    private final TaskMarks marks;
    private final EvaluationAccess access;
    private final SheetNotices notices;
    private final Decisions decisions;
    private final UserManagement users;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;
    private final EOfficeProperties office;
    private final MeetingMinutes minutes;
    private final OrganizationDirectory organization;

    EvaluationManagement(Periods periods, Sheets sheets, TaskMarks marks, EvaluationAccess access,
            SheetNotices notices, Decisions decisions, UserManagement users, MessageSource messages, AuditLog audit,
            Clock clock, EOfficeProperties office, MeetingMinutes minutes,
            OrganizationDirectory organization) {
        this.periods = periods;
        this.sheets = sheets;
        this.marks = marks;
        this.access = access;
        this.notices = notices;
        this.decisions = decisions;
        this.users = users;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
        this.office = office;
        this.minutes = minutes;
        this.organization = organization;
    }

    /** Opens a period and gives every enabled member of staff (not administrators alone) a sheet to fill. */
    public Long open(CurrentUser user, PeriodForm form) {
        if (!access.opensPeriods(user)) {
            access.require(false, "EVALUATION_PERIOD_OPEN", null);
        }
        int number = form.kind() == PeriodKind.YEAR || form.kind().isTerm() ? 1
                : form.number() == null ? 0 : form.number();
        if (number < 1 || number > form.kind().count()) {
            throw new DomainException("evaluation.period.number.range." + form.kind().name());
        }
        LocalDate first;
        LocalDate last;
        String term = null;
        if (form.kind().isTerm()) {
            if (form.rule() != EvaluationRule.PARTY_366) {
                throw new DomainException("evaluation.period.term.party");
            }
            var inForce = organization.termOn(user.agencyId(), LocalDate.of(form.year(), 7, 1))
                    .orElseThrow(() -> new DomainException("evaluation.period.term.none", form.year()));
            first = inForce.startDate();
            last = inForce.endDate() != null ? inForce.endDate() : first.plusYears(5).minusDays(1);
            term = inForce.name();
        } else {
            first = form.kind().firstDay(form.year(), number);
            last = form.kind().lastDay(form.year(), number);
        }
        if (periods.existsByAgencyIdAndRuleAndFirstDayAndLastDay(user.agencyId(), form.rule(), first, last)) {
            throw new DomainException("evaluation.period.exists");
        }
        String name = messages.getMessage("evaluation.period.name." + form.kind().name(), new Object[] {
                String.valueOf(number), String.valueOf(form.year()), PeriodKind.roman(number), term }, VI) + " — "
                + messages.getMessage(form.rule().label(), null, VI);
        var period = periods.saveAndFlush(new EvaluationPeriod(user.agencyId(), name, form.kind(), form.rule(), first,
                last, user.id(), Instant.now(clock)));
        int count = 0;
        for (var person : users.staffOf(user.agencyId())) {
            var roles = person.roles();
            if (!person.enabled() || !(roles.contains(Role.OFFICER) || roles.contains(Role.UNIT_HEAD)
                    || roles.contains(Role.LEADER) || roles.contains(Role.CLERK))) {
                continue;
            }
            boolean leader = roles.contains(Role.UNIT_HEAD) || roles.contains(Role.LEADER);
            var sheet = new EvaluationSheet(period.getId(), user.agencyId(), person.id(), person.unitId(), leader,
                    false);
            boolean byLeaders = leader || notices.heads(sheet).isEmpty();
            sheet = sheets.save(new EvaluationSheet(period.getId(), user.agencyId(), person.id(), person.unitId(),
                    leader, byLeaders));
            notices.announce(sheet, person.fullName(), name);
            count++;
        }
        audit.record("EVALUATION_PERIOD_OPENED", "EVALUATION_PERIOD", period.getId(), name + ", " + count
                + " sheets");
        return period.getId();
    }

    /** The person's own self-assessment; it goes to the head of his unit (or the leaders). */
    public void assessSelf(CurrentUser user, Long sheetId, SelfAssessment form) {
        var sheet = find(sheetId);
        access.visible(user, sheet);
        access.require(sheet.getUserId().equals(user.id()), "EVALUATION_SELF", sheetId);
        String step = sheet.step();
        sheet.assessSelf(form, Instant.now(clock));
        advanced(sheet, step, "EVALUATION_SELF_ASSESSED", form.general() + " " + form.rating());
    }

    /** The head's proposal (the leaders', for a unit head or a person without a unit head). */
    public void propose(CurrentUser user, Long sheetId, Proposal form) {
        var sheet = find(sheetId);
        access.visible(user, sheet);
        access.require(access.proposes(user, sheet), "EVALUATION_PROPOSE", sheetId);
        String step = sheet.step();
        sheet.propose(form, user.id(), Instant.now(clock));
        advanced(sheet, step, "EVALUATION_PROPOSED", form.general() + " " + form.rating()
                + (form.disqualified() ? " disqualified" : ""));
    }

    /** Marks a task behind the figures (objective cause of its quality failures; exceeding), before the meeting. */
    public void markTask(CurrentUser user, Long sheetId, Long taskId, boolean objectiveCause, boolean exceeding) {
        var sheet = find(sheetId);
        access.visible(user, sheet);
        access.require(access.proposes(user, sheet), "EVALUATION_MARK_TASK", sheetId);
        if (!sheet.getStatus().proposal()) {
            throw new DomainException("evaluation.step.notNow");
        }
        var period = periods.findById(sheet.getPeriodId()).orElseThrow();
        if (decisions.lines(period, sheet).stream().noneMatch(line -> line.taskId().equals(taskId))) {
            throw new NotFoundException("task " + taskId + " of sheet " + sheetId);
        }
        marks.save(new TaskMark(sheetId, taskId, objectiveCause, exceeding));
        audit.record("EVALUATION_TASK_MARKED", "EVALUATION_SHEET", sheetId, "task " + taskId
                + (objectiveCause ? " objective cause" : "") + (exceeding ? " exceeding" : ""));
    }

    /** The unit's collective meeting on the proposal, recorded by whoever proposed it. */
    public void recordMeeting(CurrentUser user, Long sheetId, CollectiveMeeting form) {
        var sheet = find(sheetId);
        access.visible(user, sheet);
        access.require(access.proposes(user, sheet), "EVALUATION_MEETING", sheetId);
        minutes.check(user, form.minutesFileId());
        String step = sheet.step();
        sheet.recordMeeting(form, LocalDate.now(clock.withZone(office.timeZone())), user.id(), Instant.now(clock));
        advanced(sheet, step, "EVALUATION_MEETING_RECORDED", form.present() + " present, " + form.agree()
                + " agree, " + form.disagree() + " disagree, " + form.rating()
                + (form.minutesFileId() == null ? "" : ", minutes file " + form.minutesFileId()));
    }

    /** A leader's decision: not above the computed rating, a lower one with a note, within the quota. */
    public void decide(CurrentUser user, Long sheetId, Decision form) {
        var sheet = find(sheetId);
        access.visible(user, sheet);
        access.require(access.decides(user, sheet), "EVALUATION_DECIDE", sheetId);
        var period = periods.findById(sheet.getPeriodId()).orElseThrow();
        String step = sheet.step();
        var points = decisions.check(period, sheet, form);
        sheet.decide(form, points, user.id(), Instant.now(clock));
        advanced(sheet, step, "EVALUATION_DECIDED", form.rating() + " " + points);
        if (PublicationWork.waitsForPublication(sheets.findByPeriodIdOrderById(period.getId()))) {
            notices.awaitPublication(period);
        }
    }

    /** Publishes the period's decided sheets; each person is told. A leader's act. */
    public int publish(CurrentUser user, Long periodId) {
        var period = periods.findById(periodId).filter(p -> p.getAgencyId().equals(user.agencyId()))
                .orElseThrow(() -> new NotFoundException("period " + periodId));
        access.require(access.decidesAny(user), "EVALUATION_PUBLISH", periodId);
        var decided = sheets.findByPeriodIdOrderById(periodId).stream().filter(s -> s.getStatus()
                == SheetStatus.DECIDED).toList();
        if (decided.isEmpty()) {
            throw new DomainException("evaluation.publish.nothing");
        }
        var now = Instant.now(clock);
        decided.forEach(sheet -> {
            sheet.publish(now);
            notices.published(sheet, period.getName());
        });
        notices.done(PublicationWork.step(periodId));
        audit.record("EVALUATION_PUBLISHED", "EVALUATION_PERIOD", periodId, decided.size() + " sheets");
        return decided.size();
    }

    private void advanced(EvaluationSheet sheet, String previousStep, String action, String details) {
        sheets.saveAndFlush(sheet);
        notices.done(previousStep);
        var period = periods.findById(sheet.getPeriodId()).orElseThrow();
        notices.announce(sheet, users.summary(sheet.getUserId()).fullName(), period.getName());
        audit.record(action, "EVALUATION_SHEET", sheet.getId(), details);
    }

    private EvaluationSheet find(Long sheetId) {
        return sheets.findById(sheetId).orElseThrow(() -> new NotFoundException("evaluation sheet " + sheetId));
    }
}
