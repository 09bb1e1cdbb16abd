package vn.eoffice.study;

import vn.eoffice.platform.DomainException;

/** A study programme is drafted, opened to the committees, then closed once its figures are final. */
public enum ProgrammeStatus {
    DRAFT, OPEN, CLOSED;

    /** Refuses an illegal move with the reason a user reads. */
    ProgrammeStatus moveTo(ProgrammeStatus next) {
        boolean legal = (this == DRAFT && next == OPEN) || (this == OPEN && next == CLOSED);
        if (!legal) {
            throw new DomainException("study.programme.status.illegal");
        }
        return next;
    }

    public String messageKey() {
        return "study.programme.status." + name();
    }

    public String badge() {
        return switch (this) {
            case DRAFT -> "text-bg-secondary";
            case OPEN -> "text-bg-primary";
            case CLOSED -> "text-bg-success";
        };
    }
}
