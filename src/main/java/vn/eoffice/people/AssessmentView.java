package vn.eoffice.people;

import java.time.Instant;
import java.util.List;

/** A competency assessment as its readers see it: each competency with required, own and reviewed level. */
public record AssessmentView(Long id, Long cadreId, String personName, Long unitId, Long positionId,
        String positionName, int year, AssessmentStatus status, Instant submittedAt, String reviewerName,
        Instant reviewedAt, String reviewComment, List<Line> lines) {

    public record Line(String name, CompetencyGroup group, int requiredLevel, int selfLevel, String evidence,
            Integer reviewedLevel) {

        /** How many levels the reviewed (final) level falls short of the required one; 0 before review. */
        public int shortfall() {
            return reviewedLevel == null ? 0 : Math.max(0, requiredLevel - reviewedLevel);
        }
    }
}
