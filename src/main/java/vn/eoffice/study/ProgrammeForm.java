package vn.eoffice.study;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the commission fills in to plan the study of a Party document: the document, audiences, levels, the study
 * window, the deadlines for reflections and action programmes, and the committees (hosted agencies) that take part.
 */
public record ProgrammeForm(
        @NotBlank(message = "{study.title.required}") @Size(max = 300, message = "{study.title.tooLong}") String title,
        @NotNull(message = "{study.kind.required}") ResolutionKind kind,
        @NotBlank(message = "{study.notation.required}") @Size(max = 60, message = "{study.notation.tooLong}")
        String notation,
        @Size(max = 200, message = "{study.issuer.tooLong}") String issuer,
        LocalDate issuedOn,
        @NotEmpty(message = "{study.audiences.required}") Set<Audience> audiences,
        @NotEmpty(message = "{study.levels.required}") Set<StudyLevel> levels,
        Set<Audience> reflectionAudiences,
        @NotNull(message = "{study.studyFrom.required}") LocalDate studyFrom,
        @NotNull(message = "{study.studyUntil.required}") LocalDate studyUntil,
        LocalDate reflectionDue,
        LocalDate actionProgrammeDue,
        @NotEmpty(message = "{study.committees.required}") List<Long> committeeIds) {

    public Set<Audience> reflectionAudiences() { return reflectionAudiences == null ? Set.of() : reflectionAudiences; }
}
