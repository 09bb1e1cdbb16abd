package vn.eoffice.succession;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The structure targets (form, API body and view): a candidate is young under {@code youngAge} on the term's first
 * day; the shares of young, female and ethnic-minority candidates the plan should reach, in percent.
 */
public record Targets(
        @NotNull(message = "{succession.form.age.range}") @Min(value = 25, message = "{succession.form.age.range}")
        @Max(value = 65, message = "{succession.form.age.range}") Integer youngAge,
        @NotNull(message = "{succession.form.percent.range}") @Min(value = 0,
                message = "{succession.form.percent.range}") @Max(value = 100,
                        message = "{succession.form.percent.range}") Integer youngPercent,
        @NotNull(message = "{succession.form.percent.range}") @Min(value = 0,
                message = "{succession.form.percent.range}") @Max(value = 100,
                        message = "{succession.form.percent.range}") Integer femalePercent,
        @NotNull(message = "{succession.form.percent.range}") @Min(value = 0,
                message = "{succession.form.percent.range}") @Max(value = 100,
                        message = "{succession.form.percent.range}") Integer minorityPercent) {

    /** Until the office sets its own: young under 45, at least 15% young, 15% women, 20% ethnic minorities. */
    static final Targets DEFAULT = new Targets(45, 15, 15, 20);
}
