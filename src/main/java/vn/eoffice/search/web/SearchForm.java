package vn.eoffice.search.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import vn.eoffice.search.SearchQuery;

/**
 * The search page's query string. Unknown or malformed values never fail the page: they are simply not applied.
 */
record SearchForm(String q, String type, String issuer, Long register,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String status, String urgency, Integer page) {

    SearchQuery query(int size) {
        return new SearchQuery(q, type, issuer, register, from, to, status, urgency, page == null ? 0 : page, size);
    }

    boolean empty() {
        return isBlank(q) && isBlank(type) && isBlank(issuer) && register == null && from == null && to == null
                && isBlank(status) && isBlank(urgency);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
