package vn.eoffice.organization.web;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

import vn.eoffice.organization.LineageKind;

/**
 * A merger, split, rename or dissolution to record: the agencies that end, those that begin (none for a
 * dissolution), and the date.
 */
record LineageForm(
        @NotNull(message = "{field.required}") LineageKind kind,
        @NotNull(message = "{field.required}") LocalDate effectiveDate,
        @Size(max = 1000, message = "{field.tooLong}") String note,
        @NotEmpty(message = "{lineage.predecessors.required}") Set<Long> predecessors,
        Set<Long> successors) {

    static LineageForm empty() {
        return new LineageForm(LineageKind.MERGE, null, null, Set.of(), Set.of());
    }

    /** An unselected list arrives as nothing at all. */
    Set<Long> successorIds() {
        return successors == null ? Set.of() : successors;
    }

    /** Every change but a dissolution names the agencies that begin with it. */
    void check(BindingResult binding) {
        if (kind != LineageKind.DISSOLUTION && successorIds().isEmpty()) {
            binding.rejectValue("successors", "lineage.successors.required");
        }
    }
}
