package vn.eoffice.tasks;

import java.time.Instant;
import java.time.LocalDate;

import vn.eoffice.platform.Secrecy;

/**
 * A task a person led, as staff evaluation reads it: its kind (source and priority), deadline, status, when it was
 * completed and accepted, timeliness and quality as accepted, and how often it was returned for rework and its
 * deadline extended.
 */
public record LedTask(Long taskId, String title, Long leadUserId, Long ownerUnitId, SourceType sourceType,
        Priority priority, Secrecy secrecy, LocalDate deadline, TaskStatus status, Instant completedAt,
        Instant acceptedAt, Boolean onTime, Integer daysLate, Boolean meetsQuality, int returns, int extensions) {

    public boolean accepted() {
        return status == TaskStatus.ACCEPTED;
    }
}
