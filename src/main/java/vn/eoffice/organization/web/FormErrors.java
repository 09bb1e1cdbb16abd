package vn.eoffice.organization.web;

import java.util.Map;

import org.springframework.validation.BindingResult;

/**
 * Where a refused change goes on the organisation forms: the field each rule concerns, and the date order check.
 */
final class FormErrors {

    /** Which field each rule of the organisation forms concerns (platform.FormPosts puts it there). */
    static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("agency.identifierCode.taken", "identifierCode"),
            Map.entry("agency.parent.cycle", "parentId"),
            Map.entry("agency.parent.unknown", "parentId"),
            Map.entry("unit.parent.unknown", "parentId"),
            Map.entry("validity.to.beforeFrom", "validTo"),
            Map.entry("validity.from.required", "validFrom"),
            Map.entry("unit.parent.cycle", "parentId"),
            Map.entry("unit.parent.otherAgency", "parentId"),
            Map.entry("term.overlap", "startDate"),
            Map.entry("term.start.required", "startDate"),
            Map.entry("term.name.required", "name"),
            Map.entry("lineage.dissolution.noSuccessors", "successors"),
            Map.entry("lineage.dissolution.needsAgency", "predecessors"),
            Map.entry("lineage.dissolution.childInForce", "predecessors"));

    private FormErrors() {
    }

    /** Checks the dates of a form the annotations cannot compare. */
    static void checkDates(boolean inOrder, String toField, BindingResult binding) {
        if (!inOrder && !binding.hasFieldErrors(toField)) {
            binding.rejectValue(toField, "validity.to.beforeFrom");
        }
    }
}
