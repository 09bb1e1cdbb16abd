package vn.eoffice.people;

import java.util.List;

/**
 * Required against reviewed level for one year (báo cáo thiếu hụt năng lực): per unit, per position, and per person
 * with the competencies each falls short of and by how many levels. {@code unitId} is the unit drilled into, or null.
 */
public record GapReport(int year, Long unitId, List<UnitGap> units, List<PositionGap> positions,
        List<PersonGap> people) {

    /** A unit: people whose assessment was reviewed, how many of them fall short, and the levels missing in all. */
    public record UnitGap(Long unitId, String unitName, int reviewed, int falling, int levelsMissing) {
    }

    public record PositionGap(Long positionId, String positionName, int reviewed, int falling, int levelsMissing) {
    }

    public record PersonGap(Long cadreId, String fullName, Long unitId, Long positionId, String positionName, Long assessmentId,
            List<Shortfall> shortfalls) {

        public int levelsMissing() {
            return shortfalls.stream().mapToInt(Shortfall::by).sum();
        }
    }

    public record Shortfall(String competency, CompetencyGroup group, int required, int reviewed) {

        public int by() {
            return required - reviewed;
        }
    }
}
