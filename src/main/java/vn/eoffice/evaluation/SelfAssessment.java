package vn.eoffice.evaluation;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The person's own assessment: his points for the general criteria (0–30), the rating he asks for, his account. */
public record SelfAssessment(
        @NotNull(message = "{evaluation.general.required}") @DecimalMin(value = "0", message = "{evaluation.general.range}")
        @DecimalMax(value = "30", message = "{evaluation.general.range}") @Digits(integer = 2, fraction = 2,
                message = "{evaluation.general.range}") BigDecimal general,
        @NotNull(message = "{evaluation.rating.required}") Rating rating,
        @NotNull(message = "{evaluation.comment.required}") @Size(min = 1, max = 2000,
                message = "{evaluation.comment.size}") String comment) {
}
