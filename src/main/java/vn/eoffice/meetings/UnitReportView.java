package vn.eoffice.meetings;

import java.time.Instant;

/** A unit's report before a briefing as pages and the API show it: results, plan, proposals, who sent it and when. */
public record UnitReportView(Long id, Long unitId, String results, String plan, String proposals, Long submittedBy,
        Instant submittedAt) {

    static UnitReportView of(UnitReport r) {
        return new UnitReportView(r.getId(), r.getUnitId(), r.getResults(), r.getPlan(), r.getProposals(),
                r.getSubmittedBy(), r.getSubmittedAt());
    }
}
