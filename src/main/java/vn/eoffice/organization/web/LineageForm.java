package vn.eoffice.organization.web;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.eoffice.organization.LineageEvent;

/** A merger, split or rename to record: the agencies that end, those that begin, and the date. */
record LineageForm(
        @NotNull(message = "{field.required}") LineageEvent.Kind kind,
        @NotNull(message = "{field.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveDate,
        @Size(max = 1000, message = "{field.tooLong}") String note,
        @NotEmpty(message = "{lineage.predecessors.required}") Set<Long> predecessors,
        @NotEmpty(message = "{lineage.successors.required}") Set<Long> successors) {

    static LineageForm empty() {
        return new LineageForm(LineageEvent.Kind.MERGE, null, null, Set.of(), Set.of());
    }
}
