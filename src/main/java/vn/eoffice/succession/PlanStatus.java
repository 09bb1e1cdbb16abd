package vn.eoffice.succession;

/** Where a plan stands: drafted by the personnel office, submitted to the leadership, approved. */
public enum PlanStatus {
    DRAFT, SUBMITTED, APPROVED;

    public boolean draft() {
        return this == DRAFT;
    }

    public boolean submitted() {
        return this == SUBMITTED;
    }

    public boolean approved() {
        return this == APPROVED;
    }

    public String badge() {
        return switch (this) {
            case DRAFT -> "text-bg-secondary";
            case SUBMITTED -> "text-bg-warning";
            case APPROVED -> "text-bg-success";
        };
    }
}
