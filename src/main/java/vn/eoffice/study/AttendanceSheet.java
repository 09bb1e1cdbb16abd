package vn.eoffice.study;

import java.util.Map;

/**
 * Attendance at a session for a cell (or the whole committee when {@code cell} is empty): everyone present except the
 * learners listed as absent, each with the reason.
 */
public record AttendanceSheet(String cell, Map<Long, String> absences) {

    public Map<Long, String> absences() {
        return absences == null ? Map.of() : absences;
    }
}
