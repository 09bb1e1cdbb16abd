package vn.eoffice.succession;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The leadership's decision approving a plan: its number and date. */
public record ApprovalForm(
        @NotBlank(message = "{succession.form.decisionNumber.required}") @Size(max = 50,
                message = "{succession.form.tooLong}") String decisionNumber,
        @NotNull(message = "{succession.form.decisionDate.required}") LocalDate decisionDate) {
}
