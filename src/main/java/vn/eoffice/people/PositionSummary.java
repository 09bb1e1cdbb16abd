package vn.eoffice.people;

/** A job position in lists: its headcount against the people assigned now. */
public record PositionSummary(Long id, Long unitId, String name, PositionKind kind, int headcount, long assigned,
        Staffing staffing) {
}
