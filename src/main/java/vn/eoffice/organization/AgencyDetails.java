package vn.eoffice.organization;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;


/**
 * What an administrator enters about an agency, in the admin forms, the API and the address-book import.
 * Blank optional texts are stored as absent.
 */
public record AgencyDetails(
        @NotBlank(message = "{field.required}") @Size(max = 300, message = "{field.tooLong}") String name,
        @Size(max = 150, message = "{field.tooLong}") String shortName,
        @NotBlank(message = "{field.required}") @Size(max = 30, message = "{field.tooLong}") String abbreviation,
        @Pattern(regexp = IDENTIFIER_CODE_OR_BLANK, message = "{agency.identifierCode.format}") String identifierCode,
        @NotNull(message = "{field.required}") AgencyKind kind,
        Long parentId,
        @Size(max = 300, message = "{field.tooLong}") String address,
        @Size(max = 50, message = "{field.tooLong}") String phone,
        @Email(message = "{agency.email.format}") @Size(max = 150, message = "{field.tooLong}") String email,
        @Size(max = 200, message = "{field.tooLong}") String website,
        @NotNull(message = "{validity.from.required}") LocalDate validFrom,
        LocalDate validTo,
        @Size(max = 50, message = "{field.tooLong}") String fax,
        @Size(max = 100, message = "{field.tooLong}") String place) {

    /** The details without fax and place (address-book rows, older callers): those stay absent. */
    public AgencyDetails(String name, String shortName, String abbreviation, String identifierCode, AgencyKind kind,
            Long parentId, String address, String phone, String email, String website, LocalDate validFrom,
            LocalDate validTo) {
        this(name, shortName, abbreviation, identifierCode, kind, parentId, address, phone, email, website, validFrom,
                validTo, null, null);
    }

    /** Mã định danh (QĐ 20/2020/QĐ-TTg): three digits, two, two, then a letter and two digits, e.g. 000.00.00.H14. */
    public static final String IDENTIFIER_CODE = "\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}";
    static final String IDENTIFIER_CODE_OR_BLANK = "^$|^\\s*" + IDENTIFIER_CODE + "\\s*$";

    public static AgencyDetails of(AgencyProfile agency) {
        return new AgencyDetails(agency.getName(), agency.getShortName(), agency.getAbbreviation(),
                agency.getIdentifierCode(), agency.getKind(), agency.getParentId(), agency.getAddress(),
                agency.getPhone(), agency.getEmail(), agency.getWebsite(), agency.getValidity().from(),
                agency.getValidity().to(), agency.getFax(), agency.getPlace());
    }

    public static AgencyDetails blank(AgencyKind kind, LocalDate validFrom) {
        return new AgencyDetails(null, null, null, null, kind, null, null, null, null, null, validFrom, null);
    }

    /** Whether the end date, if any, is not before the start date (checked again by {@link Validity}). */
    public boolean datesInOrder() {
        return validFrom == null || validTo == null || !validTo.isBefore(validFrom);
    }

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
