package vn.eoffice.succession;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import vn.eoffice.platform.DomainException;

/**
 * The vote that introduced a candidate (kết quả giới thiệu): ballots issued, valid, in favour. The share is of the
 * ballots issued (phiếu phát ra), as the introduction minutes report it.
 */
public record Ballots(
        @NotNull(message = "{succession.form.ballots.required}") @Min(value = 1,
                message = "{succession.form.ballots.issued}") @Max(value = 100000,
                        message = "{succession.form.ballots.issued}") Integer issued,
        @NotNull(message = "{succession.form.ballots.required}") @Min(value = 0,
                message = "{succession.form.ballots.negative}") Integer valid,
        @NotNull(message = "{succession.form.ballots.required}") @Min(value = 0,
                message = "{succession.form.ballots.negative}") Integer inFavour) {

    /** Refuses counts that cannot be: more valid ballots than issued, more in favour than valid. */
    void check() {
        if (valid > issued) {
            throw new DomainException("succession.rule.validAboveIssued", valid, issued);
        }
        if (inFavour > valid) {
            throw new DomainException("succession.rule.forAboveValid", inFavour, valid);
        }
    }

    /** In favour over issued, in percent with one decimal. */
    public BigDecimal share() {
        return BigDecimal.valueOf(inFavour * 100L).divide(BigDecimal.valueOf(issued), 1, RoundingMode.HALF_UP);
    }
}
