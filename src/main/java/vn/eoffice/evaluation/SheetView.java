package vn.eoffice.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An evaluation sheet as pages and the API show it: who, where it stands, and what each step recorded. */
public record SheetView(Long id, Long periodId, Long userId, String personName, String personTitle, Long unitId,
        boolean leader, boolean byLeaders, SheetStatus status, Self self, Head head, Meeting meeting,
        Verdict verdict) {

    /** The self-assessment. */
    public record Self(BigDecimal general, Rating rating, String comment, Instant at) {
    }

    /** The head's proposal. */
    public record Head(BigDecimal general, BigDecimal organising, boolean degraded, boolean disciplined,
            boolean corruption, Rating rating, String comment, Long proposerId, Instant at) {

        public boolean disqualified() {
            return degraded || disciplined || corruption;
        }
    }

    /** The collective meeting; {@code minutesFileId}: its minutes as a stored file, if uploaded. */
    public record Meeting(LocalDate date, String minutes, Long minutesFileId, Integer present, Integer agree,
            Integer disagree, Rating rating, Instant at) {
    }

    /** The leadership's decision and its publication. */
    public record Verdict(Rating rating, BigDecimal points, String note, Long decidedBy, Instant at,
            Instant publishedAt) {
    }
}
