package vn.eoffice.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.DomainException;

/**
 * What a decision must respect: a rating no better than the one the points and conditions give (the facts are not
 * overruled by hand), a note when it is lower, and the quota — "xuất sắc" at most 20% of those rated "tốt" in the
 * same body and task group (Nghị định 335/2025), counted over the period's decisions.
 */
@Component
class Decisions {

    private final PeriodScores scores;
    private final EvaluationProperties properties;
    private final OrganizationDirectory organization;

    Decisions(PeriodScores scores, EvaluationProperties properties, OrganizationDirectory organization) {
        this.scores = scores;
        this.properties = properties;
        this.organization = organization;
    }

    /** The tasks behind the sheet's figures. */
    List<TaskLine> lines(EvaluationPeriod period, EvaluationSheet sheet) {
        return scores.lines(scores.of(period), sheet);
    }

    /** The points decided on, or a refusal saying why. */
    BigDecimal check(EvaluationPeriod period, EvaluationSheet sheet, Decision form) {
        var context = scores.of(period);
        var figures = scores.figures(context, sheet);
        if (form.rating().ordinal() < figures.rating().ordinal()) {
            throw new DomainException("evaluation.decision.aboveComputed", figures.total().toPlainString(),
                    figures.rating().label());
        }
        if (form.rating() != figures.rating() && (form.note() == null || form.note().isBlank())) {
            throw new DomainException("evaluation.decision.noteRequired");
        }
        if (form.rating().excellent()) {
            var quota = quota(context.sheets(), sheet);
            if (!quota.allowsOneMore()) {
                throw new DomainException("evaluation.quota.exceeded", quota.group(), quota.good(), quota.allowed(),
                        quota.excellent(), quota.sharePercent());
            }
        }
        return figures.total();
    }

    /** The quota of the sheet's group among the decided sheets of its period. */
    Quota quota(List<EvaluationSheet> periodSheets, EvaluationSheet sheet) {
        var group = periodSheets.stream().filter(s -> s.getStatus().decided() && !s.getId().equals(sheet.getId()))
                .filter(s -> sameGroup(s, sheet)).toList();
        return new Quota(groupName(sheet), count(group, Rating.GOOD), count(group, Rating.EXCELLENT),
                properties.quotaPercent());
    }

    /** The quotas of a period, one per group, in the groups' order of first appearance. */
    List<Quota> quotas(List<EvaluationSheet> periodSheets) {
        return periodSheets.stream().map(s -> properties.quotaGroup() == EvaluationProperties.QuotaGroup.AGENCY
                ? null : s.getUnitId()).distinct().map(unit -> {
                    var group = periodSheets.stream().filter(s -> s.getStatus().decided()
                            && (properties.quotaGroup() == EvaluationProperties.QuotaGroup.AGENCY
                                    || Objects.equals(unit, s.getUnitId()))).toList();
                    return new Quota(unit == null ? "" : organization.unit(unit).name(), count(group, Rating.GOOD),
                            count(group, Rating.EXCELLENT), properties.quotaPercent());
                }).toList();
    }

    private boolean sameGroup(EvaluationSheet a, EvaluationSheet b) {
        return properties.quotaGroup() == EvaluationProperties.QuotaGroup.AGENCY
                || Objects.equals(a.getUnitId(), b.getUnitId());
    }

    private String groupName(EvaluationSheet sheet) {
        return properties.quotaGroup() == EvaluationProperties.QuotaGroup.AGENCY || sheet.getUnitId() == null
                ? organization.agency(sheet.getAgencyId()).name() : organization.unit(sheet.getUnitId()).name();
    }

    private static int count(List<EvaluationSheet> sheets, Rating rating) {
        return (int) sheets.stream().filter(s -> s.getDecidedRating() == rating).count();
    }
}
