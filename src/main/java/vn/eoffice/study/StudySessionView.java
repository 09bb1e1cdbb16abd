package vn.eoffice.study;

import java.time.LocalDate;

/** A study session as pages and the API show it. */
public record StudySessionView(Long id, Long programmeId, Long committeeId, SessionKind kind, LocalDate heldOn,
        String place) {

    public boolean makeUp() {
        return kind == SessionKind.MAKE_UP;
    }
}
