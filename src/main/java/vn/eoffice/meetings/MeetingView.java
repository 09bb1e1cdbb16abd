package vn.eoffice.meetings;

import java.util.List;

/**
 * Everything a meeting's page shows to one person, with what that person may do.
 */
public record MeetingView(MeetingSummary meeting, String roomName, String chairName, String secretaryName,
        List<Invitee> invitees, List<AgendaRow> agenda, List<MaterialView> materials, List<Occurrence> occurrences,
        List<PresentRow> present, List<UnitCount> presentPerUnit, List<ReportRow> reports,
        List<ConclusionRow> conclusions, List<PointView> points, Conferences.Totals totals, String joinUrl,
        boolean organiser, boolean participant, boolean checkedIn, boolean reportsAsked, Long myReportUnitId) {

    /** An invitee row with what the viewer may answer for it. */
    public record Invitee(Long id, String label, String kind, Answer answer, String deputyName, String note,
            boolean mayAnswer) {
    }

    public record AgendaRow(Long id, int position, String title, String presenterName, Integer durationMinutes) {
    }

    public record PresentRow(Long userId, String name, String unitName) {
    }

    public record UnitCount(String unitName, int count) {
    }

    public record ReportRow(Long unitId, String unitName, UnitReportView report) {
    }

    public record ConclusionRow(ConclusionView conclusion, String leadUnitName, String coUnitNames) {
    }
}
