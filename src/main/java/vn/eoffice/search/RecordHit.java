package vn.eoffice.search;

import java.time.LocalDate;

/**
 * One found task, meeting or monitored document. {@code titleHtml} and {@code snippetHtml} are escaped HTML whose
 * only tags are {@code <mark>} elements; {@code link} is the record's page.
 */
public record RecordHit(String kind, Long id, String title, String titleHtml, String snippetHtml, String typeName,
        LocalDate date, String link) {
}
