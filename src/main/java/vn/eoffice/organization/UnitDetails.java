package vn.eoffice.organization;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;


/**
 * What an administrator enters about an internal unit (phòng) of an agency.
 */
public record UnitDetails(
        Long parentId,
        @NotBlank(message = "{field.required}") @Size(max = 300, message = "{field.tooLong}") String name,
        @NotBlank(message = "{field.required}") @Size(max = 30, message = "{field.tooLong}") String abbreviation,
        @NotNull(message = "{field.required}") @Min(value = 0, message = "{unit.order.range}")
        @Max(value = 9999, message = "{unit.order.range}") Integer sortOrder,
        @NotNull(message = "{validity.from.required}") LocalDate validFrom,
        LocalDate validTo) {

    public static UnitDetails of(UnitProfile unit) {
        return new UnitDetails(unit.getParentId(), unit.getName(), unit.getAbbreviation(), unit.getSortOrder(),
                unit.getValidity().from(), unit.getValidity().to());
    }

    public boolean datesInOrder() {
        return validFrom == null || validTo == null || !validTo.isBefore(validFrom);
    }
}
