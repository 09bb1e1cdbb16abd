package vn.eoffice.notifications.web;

import java.util.EnumSet;
import java.util.Set;

import vn.eoffice.notifications.Category;

/** The categories a person wants by e-mail (unchecked boxes are not sent, so none checked arrives as null). */
record PreferencesForm(Set<Category> email) {

    Set<Category> emailOrNone() {
        return email == null || email.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(email);
    }
}
