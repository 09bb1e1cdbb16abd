package vn.eoffice.evaluation;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;

/**
 * A person's year from its monthly or quarterly periods under Nghị định 335/2025 ({@link YearResult}), to whoever
 * may see his sheets (himself: decided points only once published); another's is audited.
 */
@Service
@Transactional
public class EvaluationYears {

    private final Periods periods;
    private final Sheets sheets;
    private final EvaluationAccess access;
    private final EvaluationProperties properties;
    private final UserManagement users;
    private final AuditLog audit;

    EvaluationYears(Periods periods, Sheets sheets, EvaluationAccess access, EvaluationProperties properties,
            UserManagement users, AuditLog audit) {
        this.periods = periods;
        this.sheets = sheets;
        this.access = access;
        this.properties = properties;
        this.users = users;
        this.audit = audit;
    }

    public YearResult year(CurrentUser user, Long personUserId, int year) {
        if (year < 2000 || year > 2100) {
            throw new DomainException("evaluation.year.range");
        }
        boolean own = personUserId.equals(user.id());
        var seen = sheets.findByUserIdOrderByIdDesc(personUserId).stream()
                .filter(s -> s.getAgencyId().equals(user.agencyId()) && access.sees(user, s)).toList();
        if (!own && seen.isEmpty()) {
            throw new NotFoundException("person " + personUserId);
        }
        record Found(EvaluationSheet sheet, EvaluationPeriod period) {
        }
        var found = seen.stream().map(s -> new Found(s, periods.findById(s.getPeriodId()).orElseThrow()))
                .filter(f -> f.period().getRule() == EvaluationRule.STATE_335
                        && f.period().getKind().withinYear() && f.period().getFirstDay().getYear() == year)
                .sorted(Comparator.comparing((Found f) -> f.period().getFirstDay())).toList();
        List<YearResult.Period> rows = found.stream().map(f -> {
            boolean hidden = own && !f.sheet().getStatus().published();
            return new YearResult.Period(f.sheet().getId(), f.period().getId(), f.period().getName(),
                    hidden ? null : f.sheet().getDecidedPoints(), hidden ? null : f.sheet().getDecidedRating());
        }).toList();
        var kind = found.isEmpty() ? properties.periodOf(user.agencyId()) : found.get(0).period().getKind();
        if (!own) {
            audit.record("EVALUATION_YEAR_READ", "USER", personUserId, String.valueOf(year));
        }
        return YearResult.of(personUserId, users.summary(personUserId).fullName(), year, rows, kind.count());
    }
}
