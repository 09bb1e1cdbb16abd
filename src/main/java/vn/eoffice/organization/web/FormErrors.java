package vn.eoffice.organization.web;

import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;

import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.FieldErrors;

/**
 * Puts a refused change back on the form: next to the field it concerns when there is one, otherwise at the top.
 * A concurrent edit (optimistic lock) becomes the platform's {@code error.conflict} message.
 */
final class FormErrors {

    private static final Map<String, String> FIELDS = Map.ofEntries(
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

    static void reject(RuntimeException e, BindingResult binding) {
        if (e instanceof DomainException domain) {
            FieldErrors.reject(binding, domain, FIELDS);
        } else if (e instanceof OptimisticLockingFailureException || e instanceof DataIntegrityViolationException) {
            // someone else saved the same record or the same identifier code a moment earlier
            binding.reject("error.conflict");
        } else {
            throw e;
        }
    }

    /** Checks the dates of a form the annotations cannot compare. */
    static void checkDates(boolean inOrder, String toField, BindingResult binding) {
        if (!inOrder && !binding.hasFieldErrors(toField)) {
            binding.rejectValue(toField, "validity.to.beforeFrom");
        }
    }
}
