package vn.eoffice.evaluation;

import java.util.List;
import java.util.Map;

/**
 * The results of a period for a unit (or the whole agency): one row per person the reader may see, how many of each
 * decided rating, and the quota of each group.
 */
public record PeriodReport(PeriodView period, Long unitId, List<SheetRow> rows, Map<Rating, Long> distribution,
        List<Quota> quotas, boolean mayPublish) {

    /** How many were decided {@code rating}. */
    public long count(Rating rating) {
        return distribution.getOrDefault(rating, 0L);
    }
}
