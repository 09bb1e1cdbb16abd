package vn.eoffice.evaluation;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.eoffice.tasks.Priority;
import vn.eoffice.tasks.SourceType;

/**
 * Evaluation settings (docs/adr/0030): the period kind each agency uses (by agency id; default quarterly), the weight
 * of a task by its kind (source) and urgency (multiplied; 1 when not set), whether an approved deadline extension
 * counts as a delay (default no), the leader formula's weights, the quota share (20%) and its group (UNIT or AGENCY).
 */
@ConfigurationProperties("eoffice.evaluation")
record EvaluationProperties(@DefaultValue("QUARTER") PeriodKind defaultPeriod, Map<Long, PeriodKind> periodByAgency,
        Map<SourceType, BigDecimal> kindWeights, Map<Priority, BigDecimal> priorityWeights,
        @DefaultValue("false") boolean extensionsAreDelays, @DefaultValue("0.5") BigDecimal leaderOwnWeight,
        @DefaultValue("0.3") BigDecimal leaderUnitWeight, @DefaultValue("0.2") BigDecimal leaderOrganisingWeight,
        @DefaultValue("20") int quotaPercent, @DefaultValue("UNIT") QuotaGroup quotaGroup) {

    /** Which body and task group the quota counts in. */
    enum QuotaGroup { UNIT, AGENCY }

    EvaluationProperties {
        periodByAgency = periodByAgency == null ? Map.of() : Map.copyOf(periodByAgency);
        kindWeights = kindWeights == null ? Map.of() : Map.copyOf(kindWeights);
        priorityWeights = priorityWeights == null ? Map.of() : Map.copyOf(priorityWeights);
        if (leaderOwnWeight.add(leaderUnitWeight).add(leaderOrganisingWeight).compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("eoffice.evaluation.leader-*-weight must add up to 1");
        }
    }

    PeriodKind periodOf(Long agencyId) {
        return periodByAgency.getOrDefault(agencyId, defaultPeriod);
    }

    BigDecimal weight(SourceType kind, Priority priority) {
        return kindWeights.getOrDefault(kind, BigDecimal.ONE).multiply(priorityWeights.getOrDefault(priority,
                BigDecimal.ONE));
    }

    Decree335.LeaderWeights leaderWeights() {
        return new Decree335.LeaderWeights(leaderOwnWeight, leaderUnitWeight, leaderOrganisingWeight);
    }
}
