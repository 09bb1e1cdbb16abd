package vn.eoffice.search.web;

import java.time.LocalDate;

import vn.eoffice.platform.OfficeDateFormatter;

import vn.eoffice.search.SearchQuery;

/**
 * The search page's query string, kept as text: a malformed number or date never fails the page, it is simply
 * not applied.
 */
public record SearchForm(String q, String type, String issuer, String register, String from, String to, String status,
        String urgency, String page, String kind) {

    /** The kind of record the page lists: documents, or one of the other modules' kinds (tasks, meetings…). */
    public static final String DOCUMENT = "DOCUMENT";

    SearchQuery query(int size) {
        Long pageNumber = number(page);
        return new SearchQuery(q, type, issuer, number(register), date(from), date(to), status, urgency,
                pageNumber == null ? 0 : (int) Math.min(pageNumber, 10_000), size);
    }

    /** Only documents have types, issuers, registers, statuses, urgencies and dates to filter on. */
    boolean documentFilters() {
        return !isBlank(type) || !isBlank(issuer) || number(register) != null || date(from) != null
                || date(to) != null || !isBlank(status) || !isBlank(urgency);
    }

    /** The kind asked for, or null for all kinds. */
    String kindOrNull() {
        return isBlank(kind) ? null : kind.strip();
    }

    int pageNumber() {
        Long pageNumber = number(page);
        return pageNumber == null ? 0 : (int) Math.min(Math.max(pageNumber, 0), 10_000);
    }

    boolean empty() {
        return isBlank(q) && isBlank(type) && isBlank(issuer) && number(register) == null && date(from) == null
                && date(to) == null && isBlank(status) && isBlank(urgency);
    }

    /** The register filter as the select's value, for keeping it selected. */
    public Long registerId() {
        return number(register);
    }

    private static Long number(String value) {
        try {
            return isBlank(value) ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String value) {
        try {
            return isBlank(value) ? null : new OfficeDateFormatter().parse(value, java.util.Locale.ROOT);
        } catch (java.text.ParseException e) {
            return null;
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
