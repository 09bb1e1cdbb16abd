package vn.eoffice.study;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the commission fills in to draft a study material: its kind, its audience and its title (and a file). */
public record MaterialForm(
        @NotNull(message = "{study.material.kind.required}") MaterialKind kind,
        @NotNull(message = "{study.material.audience.required}") Audience audience,
        @NotBlank(message = "{study.material.title.required}")
        @Size(max = 300, message = "{study.material.title.tooLong}") String title) {
}
