package vn.eoffice.succession;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a candidate leaves the plan (đưa ra khỏi quy hoạch). */
public record RemovalForm(
        @NotBlank(message = "{succession.form.reason.required}") @Size(max = 500,
                message = "{succession.form.tooLong}") String reason) {
}
