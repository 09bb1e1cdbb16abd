package vn.eoffice.people;

/** A unit with its training plan of a year ({@code planId} null: none yet) and how much of it is done. */
public record PlanSummary(Long unitId, String unitName, Long planId, PlanStatus status, Completion completion) {
}
