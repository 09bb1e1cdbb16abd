package vn.eoffice.tasks;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The evaluation facts of an accepted task: who led it, whether it was on time (and by how many days late) and
 * whether it met the quality required. Staff evaluation reads these per person, unit and period.
 */
public record TaskOutcome(Long taskId, Long leadUserId, Long leadUnitId, Long ownerUnitId, LocalDate deadline,
        Instant completedAt, Instant acceptedAt, boolean onTime, int daysLate, boolean meetsQuality) {
}
