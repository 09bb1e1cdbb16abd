package vn.eoffice.people;

/** A cadre as lists show them: no date of birth, no ethnicity (those stay on the record page). */
public record CadreSummary(Long id, String fullName, Long unitId, Long userId, String currentTitle) {
}
