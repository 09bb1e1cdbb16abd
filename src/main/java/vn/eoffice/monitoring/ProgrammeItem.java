package vn.eoffice.monitoring;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/**
 * An item of a submitted action programme; {@code taskId} when the committee is hosted and the item was given to
 * its unit as a task.
 */
@Embeddable
record ProgrammeItem(String content, Long leadUnitId, LocalDate deadline, Long taskId) {
}
