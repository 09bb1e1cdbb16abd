package vn.eoffice.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.NotFoundException;
import vn.eoffice.tasks.TaskQueries;

/**
 * Reading evaluations: a person's own sheets, the sheets waiting for him, one sheet with its figures and the tasks
 * behind them, a period's results and a person's history — each to whoever the rule lets see it (ADR 0030); every
 * read of another person's sheet and of a period's results is audited.
 */
@Service
@Transactional
public class EvaluationQueries {

    private final Periods periods;
    private final Sheets sheets;
    private final EvaluationAccess access;
    private final PeriodScores scores;
    private final Decisions decisions;
    private final SheetNotices notices;
    private final TaskQueries tasks;
    private final UserManagement users;
    private final OrganizationDirectory organization;
    private final AuditLog audit;

    EvaluationQueries(Periods periods, Sheets sheets, EvaluationAccess access, PeriodScores scores,
            Decisions decisions, SheetNotices notices, TaskQueries tasks, UserManagement users,
            OrganizationDirectory organization, AuditLog audit) {
        this.periods = periods;
        this.sheets = sheets;
        this.access = access;
        this.scores = scores;
        this.decisions = decisions;
        this.notices = notices;
        this.tasks = tasks;
        this.users = users;
        this.organization = organization;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<PeriodView> periods(CurrentUser user) {
        return periods.findByAgencyIdOrderByFirstDayDescIdDesc(user.agencyId()).stream().map(EvaluationPeriod::view)
                .toList();
    }

    /** Today in the office's time zone (the default period of the opening form). */
    public java.time.LocalDate today() {
        return tasks.today();
    }

    @Transactional(readOnly = true)
    public boolean mayOpen(CurrentUser user) {
        return access.opensPeriods(user);
    }

    /** Whether the user reads results of a unit ({@code null}: of the whole agency). */
    @Transactional(readOnly = true)
    public boolean mayBrowse(CurrentUser user, Long unitId) {
        return access.browses(user, unitId);
    }

    /** The sheets waiting for the user's step, oldest first. */
    @Transactional(readOnly = true)
    public List<SheetRow> waiting(CurrentUser user) {
        return waitingSheets(user).stream().map(s -> row(s, null)).toList();
    }

    List<EvaluationSheet> waitingSheets(CurrentUser user) {
        return sheets.findByAgencyIdAndStatusInOrderById(user.agencyId(), List.of(SheetStatus.SELF,
                SheetStatus.PROPOSAL, SheetStatus.COLLECTIVE, SheetStatus.DECISION)).stream()
                .filter(s -> acts(user, s)).toList();
    }

    boolean acts(CurrentUser user, EvaluationSheet sheet) {
        return switch (sheet.getStatus()) {
            case SELF -> sheet.getUserId().equals(user.id());
            case PROPOSAL, COLLECTIVE -> access.proposes(user, sheet);
            case DECISION -> access.decides(user, sheet);
            default -> false;
        };
    }

    /** A person's sheets, newest first: the user's own, or another's to those who may see them (audited). */
    public List<SheetRow> history(CurrentUser user, Long personUserId) {
        var found = sheets.findByUserIdOrderByIdDesc(personUserId).stream()
                .filter(s -> s.getAgencyId().equals(user.agencyId()) && access.sees(user, s)).toList();
        if (!personUserId.equals(user.id())) {
            if (found.isEmpty()) {
                throw new NotFoundException("person " + personUserId);
            }
            audit.record("EVALUATION_HISTORY_READ", "USER", personUserId, null);
        }
        return found.stream().map(s -> row(s, user)).toList();
    }

    /** One sheet with its figures and what the user may do; another person's is audited. */
    public SheetPage sheet(CurrentUser user, Long sheetId) {
        var sheet = access.visible(user, find(sheetId));
        var period = periods.findById(sheet.getPeriodId()).orElseThrow();
        var figures = scores.figures(scores.of(period), sheet);
        readBy(user, sheet);
        var actions = new SheetPage.Actions(sheet.getStatus().self() && sheet.getUserId().equals(user.id()),
                sheet.getStatus().proposal() && access.proposes(user, sheet),
                sheet.getStatus().collective() && access.proposes(user, sheet),
                sheet.getStatus().decision() && access.decides(user, sheet));
        return new SheetPage(view(sheet, user), period.view(), figures, unitName(sheet.getUnitId()), actions);
    }

    /** The tasks behind a sheet's figures; a task's title and link only where the user may see the task. */
    @Transactional(readOnly = true)
    public List<TaskLine> lines(CurrentUser user, Long sheetId) {
        var sheet = access.visible(user, find(sheetId));
        var period = periods.findById(sheet.getPeriodId()).orElseThrow();
        var lines = scores.lines(scores.of(period), sheet);
        var visible = tasks.visibleOf(lines.stream().map(TaskLine::taskId).toList(), user);
        return lines.stream().map(l -> l.linked(visible.contains(l.taskId()))).toList();
    }

    /** A period's results for a unit (null: the agency; a unit head gets his own unit), audited. */
    public PeriodReport report(CurrentUser user, Long periodId, Long unitId) {
        var period = periods.findById(periodId).filter(p -> p.getAgencyId().equals(user.agencyId()))
                .orElseThrow(() -> new NotFoundException("period " + periodId));
        Long unit = unitId == null && !access.browses(user, null) && user.hasRole(Role.UNIT_HEAD) ? user.unitId()
                : unitId;
        access.requireBrowse(user, unit, "EVALUATION_REPORT_READ");
        var context = scores.of(period);
        var inScope = context.sheets().stream().filter(s -> unit == null || Objects.equals(unit, s.getUnitId()))
                .toList();
        var rows = new ArrayList<SheetRow>();
        inScope.forEach(s -> rows.add(row(s, null, context)));
        Map<Rating, Long> distribution = new EnumMap<>(Rating.class);
        for (Rating r : Rating.values()) {
            distribution.put(r, inScope.stream().filter(s -> s.getDecidedRating() == r).count());
        }
        var quotas = decisions.quotas(context.sheets()).stream().filter(q -> unit == null
                || q.group().equals(unitName(unit))).toList();
        audit.record("EVALUATION_REPORT_READ", "EVALUATION_PERIOD", periodId, unit == null ? null : "unit " + unit);
        return new PeriodReport(period.view(), unit, rows, distribution, quotas, access.decidesAny(user)
                && !period.view().published());
    }

    String personName(EvaluationSheet sheet) {
        return users.summary(sheet.getUserId()).fullName();
    }

    String unitName(Long unitId) {
        return unitId == null ? "" : organization.unit(unitId).name();
    }

    private SheetRow row(EvaluationSheet sheet, CurrentUser viewer) {
        var period = periods.findById(sheet.getPeriodId()).orElseThrow();
        return row(sheet, viewer, scores.of(period));
    }

    private SheetRow row(EvaluationSheet sheet, CurrentUser viewer, PeriodScores.Context context) {
        var person = users.summary(sheet.getUserId());
        boolean hidden = viewer != null && viewer.id().equals(sheet.getUserId()) && !sheet.getStatus().published();
        var points = sheet.getDecidedPoints() != null && !hidden ? sheet.getDecidedPoints()
                : scores.figures(context, sheet).total();
        return new SheetRow(sheet.getId(), sheet.getPeriodId(), context.period().getName(), sheet.getUserId(),
                person.fullName(), person.title(), sheet.getUnitId(), unitName(sheet.getUnitId()), sheet.getStatus(),
                sheet.getSelfRating(), sheet.getProposedRating(), sheet.getCollectiveRating(),
                hidden ? null : sheet.getDecidedRating(), points);
    }

    private SheetView view(EvaluationSheet sheet, CurrentUser viewer) {
        var person = users.summary(sheet.getUserId());
        var view = sheet.view(person.fullName(), person.title());
        if (viewer.id().equals(sheet.getUserId()) && !sheet.getStatus().published()) {
            return new SheetView(view.id(), view.periodId(), view.userId(), view.personName(), view.personTitle(),
                    view.unitId(), view.leader(), view.byLeaders(), view.status(), view.self(), view.head(),
                    view.meeting(), new SheetView.Verdict(null, null, null, null, null, null));
        }
        return view;
    }

    private void readBy(CurrentUser user, EvaluationSheet sheet) {
        if (!user.id().equals(sheet.getUserId())) {
            audit.record("EVALUATION_READ", "EVALUATION_SHEET", sheet.getId(), null);
        }
    }

    private EvaluationSheet find(Long sheetId) {
        return sheets.findById(sheetId).orElseThrow(() -> new NotFoundException("evaluation sheet " + sheetId));
    }
}
