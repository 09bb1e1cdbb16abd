package vn.eoffice.documents;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The leader's directive on an incoming document (bút phê): who leads (a unit or a person), who co-processes, who
 * is informed, by when, and the opinion.
 */
public record DirectiveForm(
        Long leadUnitId,
        Long leadUserId,
        Set<Long> coUnitIds,
        Set<Long> coUserIds,
        Set<Long> infoUserIds,
        @NotNull(message = "{directive.deadline.required}") LocalDate deadline,
        @NotBlank(message = "{directive.opinion.required}") @Size(max = 2000, message = "{field.tooLong}") String opinion) {

    public DirectiveForm {
        coUnitIds = coUnitIds == null ? Set.of() : Set.copyOf(coUnitIds);
        coUserIds = coUserIds == null ? Set.of() : Set.copyOf(coUserIds);
        infoUserIds = infoUserIds == null ? Set.of() : Set.copyOf(infoUserIds);
    }

    @AssertTrue(message = "{directive.lead.exactlyOne}")
    public boolean isLeadChosen() {
        return (leadUnitId == null) != (leadUserId == null);
    }
}
