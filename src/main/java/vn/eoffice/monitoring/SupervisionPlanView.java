package vn.eoffice.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A supervision plan with its recommendations.
 */
public record SupervisionPlanView(Long id, Long monitoredDocumentId, SupervisionKind kind, String title,
        LocalDate startDate, LocalDate endDate, String findings, Set<Long> unitIds, Set<Long> memberIds,
        List<RecommendationView> recommendations) {
}
