package vn.eoffice.study;

import java.util.List;

import vn.eoffice.meetings.PointReadiness;

/**
 * A programme's conference as one reader sees it: whether it exists (the meeting), every point's readiness for the
 * organiser or his own point for a committee, and whether he may create it.
 */
public record ConferencePage(ProgrammeView programme, Long meetingId, List<PointReadiness> points,
        boolean mayCreate) {

    public long ready() {
        return points.stream().filter(p -> !p.point().main() && p.ready()).count();
    }

    public long committeePoints() {
        return points.stream().filter(p -> !p.point().main()).count();
    }
}
