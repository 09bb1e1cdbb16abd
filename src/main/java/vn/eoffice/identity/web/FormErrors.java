package vn.eoffice.identity.web;

import java.util.Map;

import org.springframework.validation.BindingResult;

import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.FieldErrors;

/**
 * Puts a rule violation next to the field it concerns, or at the top of the form. The identity forms share field
 * names: {@code password} for a new password, {@code current} for the current one, {@code details.*} for a person.
 */
final class FormErrors {

    private FormErrors() {
    }

    static final Map<String, String> FIELDS = Map.of(
            "password.currentWrong", "current",
            "password.tooShort", "password",
            "password.tooLong", "password",
            "password.lettersAndDigits", "password",
            "password.tooWeak", "password",
            "user.username.taken", "details.username",
            "user.username.pattern", "details.username",
            "user.username.required", "details.username",
            "user.unit.otherAgency", "details.unitId");

    static void reject(BindingResult errors, DomainException e) {
        FieldErrors.reject(errors, e, FIELDS);
    }
}
