package vn.eoffice.people;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

/**
 * A cadre record as entered (form and API body); {@code userId} links the person's account, if they have one.
 */
public record CadreForm(
        Long userId,
        Long unitId,
        @NotBlank(message = "{people.form.fullName.required}") @Size(max = 150,
                message = "{people.form.tooLong}") String fullName,
        @NotNull(message = "{people.form.birthDate.required}") @Past(message = "{people.form.birthDate.past}")
        LocalDate birthDate,
        @NotNull(message = "{people.form.gender.required}") Gender gender,
        @NotNull(message = "{people.form.ethnicity.required}") Ethnicity ethnicity,
        @Size(max = 300, message = "{people.form.tooLong}") String hometown,
        LocalDate partyJoined,
        LocalDate partyOfficial,
        @Size(max = 200, message = "{people.form.tooLong}") String partyCell,
        @Size(max = 200, message = "{people.form.tooLong}") String education,
        TheoryLevel theoryLevel,
        @Size(max = 100, message = "{people.form.tooLong}") String itLevel,
        @Size(max = 100, message = "{people.form.tooLong}") String languageLevel) {
}
