package vn.eoffice.search;

import java.time.LocalDate;

/**
 * One found document. {@code summaryHtml} and {@code snippetHtml} are escaped HTML whose only tags are the
 * {@code <mark>} elements around matched words; {@code snippetHtml} is a passage of the files' text, if it matched.
 */
public record SearchHit(Long documentId, String notation, String summary, String summaryHtml, String snippetHtml,
        String issuerName, LocalDate documentDate, String typeCode, String status, String urgency, float score) {
}
