package vn.eoffice.study;

import java.time.LocalDate;
import java.util.Set;

/** A study programme as other modules and pages see it. */
public record ProgrammeView(Long id, Long agencyId, String title, ResolutionKind kind, String notation,
        String issuer, LocalDate issuedOn, Set<Audience> audiences, Set<StudyLevel> levels,
        Set<Audience> reflectionAudiences, LocalDate studyFrom, LocalDate studyUntil, LocalDate reflectionDue,
        LocalDate actionProgrammeDue, ProgrammeStatus status, Long meetingId, Long resolutionId) {
}
