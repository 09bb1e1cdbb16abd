package vn.eoffice.meetings;

import java.util.List;

/**
 * A connection point with its readiness checklist (every item, checked or not yet) and whether the reader may run
 * the check; the point is ready when every item is OK.
 */
public record PointReadiness(PointView point, List<ReadinessLine> lines, boolean mayCheck) {

    public boolean ready() {
        return lines.stream().allMatch(l -> Boolean.TRUE.equals(l.ok()));
    }

    public boolean checked() {
        return lines.stream().allMatch(l -> l.ok() != null);
    }
}
