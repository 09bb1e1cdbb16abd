package vn.eoffice.evaluation;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The unit head's proposal: his points for the general criteria (0–30), for a leader the organising ability (0–100%),
 * the disqualifiers he found (political or ethical degradation concluded; disciplined from khiển trách up this year;
 * for a leader, corruption in the unit he manages; absent means no), the rating he proposes and his comment.
 */
public record Proposal(
        @NotNull(message = "{evaluation.general.required}") @DecimalMin(value = "0", message = "{evaluation.general.range}")
        @DecimalMax(value = "30", message = "{evaluation.general.range}") @Digits(integer = 2, fraction = 2,
                message = "{evaluation.general.range}") BigDecimal general,
        @DecimalMin(value = "0", message = "{evaluation.organising.range}") @DecimalMax(value = "100",
                message = "{evaluation.organising.range}") BigDecimal organising,
        Boolean degraded, Boolean disciplined, Boolean corruption,
        @NotNull(message = "{evaluation.rating.required}") Rating rating,
        @Size(max = 2000, message = "{evaluation.comment.size}") String comment) {

    public Proposal {
        degraded = Boolean.TRUE.equals(degraded);
        disciplined = Boolean.TRUE.equals(disciplined);
        corruption = Boolean.TRUE.equals(corruption);
    }

    public boolean disqualified() {
        return degraded || disciplined || corruption;
    }
}
