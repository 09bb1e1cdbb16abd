package vn.eoffice.platform;

import java.util.Map;

import org.springframework.validation.BindingResult;

/**
 * Puts a refused change back on its form: next to the field the rule concerns when the form has it, otherwise at
 * the top. Each module says which of its message keys belong to which field.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void reject(BindingResult binding, DomainException e, Map<String, String> fieldsByKey) {
        String key = e.messageKey();
        String field = fieldsByKey.get(key);
        if (field != null && binding.getFieldType(field) != null) {
            binding.rejectValue(field, key, e.arguments(), key);
        } else {
            binding.reject(key, e.arguments(), key);
        }
    }
}
