package vn.eoffice.meetings;

import java.time.LocalDate;
import java.util.List;

/**
 * A conclusion (kết luận) as pages and the API show it: what, the lead unit and co-units, the deadline and the task
 * it became.
 */
public record ConclusionView(Long id, int position, String content, Long leadUnitId, List<Long> coUnitIds,
        LocalDate deadline, Long taskId) {

    static ConclusionView of(Conclusion c) {
        return new ConclusionView(c.getId(), c.getPosition(), c.getContent(), c.getLeadUnitId(), c.coUnits(),
                c.getDeadline(), c.getTaskId());
    }
}
