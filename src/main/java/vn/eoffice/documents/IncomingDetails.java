package vn.eoffice.documents;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;


import vn.eoffice.platform.Secrecy;

/**
 * What the clerk reads off an incoming document (the registration form and the API's metadata). Dates are written
 * yyyy-MM-dd in forms: the only value a date input accepts, so a prefilled date (acceptance of an exchanged
 * document, a form shown again with errors) is not lost. {@code signerCompetence} is the signing authority written
 * before the signer's title ({@code K/T TRƯỞNG BAN}), optional.
 */
public record IncomingDetails(
        @NotNull(message = "{document.register.required}") Long registerId,
        @NotBlank(message = "{document.notation.required}") @Size(max = 60, message = "{field.tooLong}") String notation,
        @NotNull(message = "{document.date.required}") @PastOrPresent(message = "{document.date.future}")
        LocalDate documentDate,
        @NotBlank(message = "{document.type.required}") @Size(max = 10, message = "{field.tooLong}") String typeCode,
        @NotBlank(message = "{document.summary.required}") @Size(max = 500, message = "{document.summary.tooLong}") String summary,
        Long issuerAgencyId,
        @NotBlank(message = "{document.issuer.required}") @Size(max = 300, message = "{field.tooLong}") String issuerName,
        @Size(max = 150, message = "{field.tooLong}") String signerName,
        @Size(max = 150, message = "{field.tooLong}") String signerPosition,
        @Size(max = 110, message = "{field.tooLong}") String signerCompetence,
        @NotNull(message = "{document.urgency.required}") Urgency urgency,
        @NotNull(message = "{document.secrecy.required}") Secrecy secrecy,
        @Min(value = 1, message = "{document.pages.invalid}") @Max(value = 10000, message = "{document.pages.invalid}") Integer pageCount,
        @Min(value = 1, message = "{document.copies.invalid}") @Max(value = 10000, message = "{document.copies.invalid}") Integer copies,
        LocalDate deadline,
        @Size(max = 1000, message = "{field.tooLong}") String note) {
}
