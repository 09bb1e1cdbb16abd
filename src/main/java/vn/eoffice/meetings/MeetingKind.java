package vn.eoffice.meetings;

/**
 * What a meeting is: a periodic briefing (giao ban), a review (sơ kết, tổng kết), a thematic meeting or a
 * (multi-point) conference.
 */
public enum MeetingKind {
    WEEKLY_BRIEFING, MONTHLY_BRIEFING, QUARTERLY_BRIEFING, HALF_YEAR_REVIEW, ANNUAL_REVIEW, THEMATIC, CONFERENCE;

    /** Briefings and reviews collect a report from each participating unit beforehand. */
    public boolean collectsUnitReports() {
        return this != THEMATIC && this != CONFERENCE;
    }
}
