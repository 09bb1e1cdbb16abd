package vn.eoffice.platform;

import java.time.LocalDate;

/**
 * What a module offers the office-wide search about one of its records: its kind (one of {@link SearchableSource}'s
 * kinds), id, agency, a title, the text to search (agenda, minutes, conclusions…), the human name of its type
 * ("Cuộc họp chuyên đề", "Nghị quyết"), a date and the path of its page. It carries no access facts: the owning module
 * decides who may see it ({@link SearchableSource#visible}).
 */
public record SearchableRecord(String kind, Long id, Long agencyId, String title, String text, String typeName,
        LocalDate date, String link) {
}
