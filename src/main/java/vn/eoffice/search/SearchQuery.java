package vn.eoffice.search;

import java.time.LocalDate;

/**
 * What a person searches for: words (combined with AND, with or without diacritics) and optional filters.
 */
public record SearchQuery(String q, String type, String issuer, Long registerId, LocalDate from, LocalDate to,
        String status, String urgency, int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_QUERY_LENGTH = 200;
    public static final int MAX_PAGE = 1_000;

    public SearchQuery {
        q = trim(q, MAX_QUERY_LENGTH);
        type = trim(type, 10);
        issuer = trim(issuer, MAX_QUERY_LENGTH);
        status = trim(status, 20);
        urgency = trim(urgency, 20);
        page = Math.min(Math.max(page, 0), MAX_PAGE);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    }

    public static SearchQuery of(String q) {
        return new SearchQuery(q, null, null, null, null, null, null, null, 0, 20);
    }

    public boolean hasWords() {
        return q != null;
    }

    private static String trim(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.length() > max ? trimmed.substring(0, max) : trimmed;
    }
}
