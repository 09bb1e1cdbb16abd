package vn.eoffice.organization.web;

import jakarta.servlet.http.HttpServletRequest;

/** htmx requests get only the fragment they swap in. */
final class Htmx {

    private Htmx() {
    }

    static String view(HttpServletRequest request, String page, String fragment) {
        return request.getHeader("HX-Request") != null ? page + " :: " + fragment : page;
    }
}
