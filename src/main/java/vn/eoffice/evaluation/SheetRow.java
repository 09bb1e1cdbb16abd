package vn.eoffice.evaluation;

import java.math.BigDecimal;

/**
 * One line of a period's results, as the personnel office files them: the person, title and unit, the ratings of
 * each step (self, proposal, collective, decision) and the points (decided, else computed now).
 */
public record SheetRow(Long sheetId, Long periodId, String periodName, Long userId, String personName,
        String personTitle, Long unitId, String unitName, SheetStatus status, Rating self, Rating proposed,
        Rating collective, Rating decided, BigDecimal points) {
}
