package vn.eoffice.monitoring;

import java.time.LocalDate;

/**
 * A recommendation and the task that tracks it.
 */
public record RecommendationView(Long id, Long unitId, String content, LocalDate deadline, Long taskId) {
}
