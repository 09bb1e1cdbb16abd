package vn.eoffice.people;

import java.time.LocalDate;
import java.util.List;

/**
 * The staff statistics of an agency, or of one unit, on a date (báo cáo thống kê cán bộ): structure by unit, age band,
 * gender, ethnicity, political theory and education; positions vacant and over-filled; people below their position's
 * standards with what they lack. Labels are already in the reader's language.
 */
public record StaffStatistics(Long unitId, String unitName, LocalDate asOf, long total, List<UnitLine> byUnit,
        List<Line> byAge, List<Line> byGender, List<Line> byEthnicity, List<Line> byTheory, List<Line> byEducation,
        List<PositionLine> vacant, List<PositionLine> overFilled, List<Shortfall> shortfalls,
        List<TrainingLine> training) {

    /** One row of a breakdown: how many, and their share of the total in percent (one decimal). */
    public record Line(String label, long count, double percent) {
    }

    /** A unit's head count with its women, ethnic-minority cadres and Party members. */
    public record UnitLine(String unit, long total, long women, long minorities, long partyMembers) {
    }

    /** A position whose people assigned now differ from its headcount. */
    public record PositionLine(Long positionId, String position, String unit, int headcount, long assigned) {
    }

    /** A unit's training plan of the year (kế hoạch đào tạo, bồi dưỡng): items planned and done; none without a plan. */
    public record TrainingLine(Long unitId, String unit, boolean planned, Completion completion) {
    }

    /** A person holding a position whose standards they do not meet, each missing standard in words. */
    public record Shortfall(Long cadreId, String fullName, String position, String unit, List<String> missing) {
    }
}
