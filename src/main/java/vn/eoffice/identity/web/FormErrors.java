package vn.eoffice.identity.web;

import org.springframework.validation.BindingResult;

import vn.eoffice.platform.DomainException;

/**
 * Puts a rule violation next to the field it concerns, or at the top of the form. The identity forms share field
 * names: {@code password} for a new password, {@code current} for the current one, {@code details.*} for a person.
 */
final class FormErrors {

    private FormErrors() {
    }

    static void reject(BindingResult errors, DomainException e) {
        String key = e.messageKey();
        String field = key.equals("password.currentWrong") ? "current"
                : key.startsWith("password.") ? "password"
                : key.startsWith("user.username.") ? "details.username"
                : key.startsWith("user.unit.") ? "details.unitId"
                : null;
        if (field != null) {
            errors.rejectValue(field, key, e.arguments(), key);
        } else {
            errors.reject(key, e.arguments(), key);
        }
    }
}
