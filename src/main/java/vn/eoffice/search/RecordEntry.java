package vn.eoffice.search;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import vn.eoffice.platform.SearchableRecord;
import vn.eoffice.search.analysis.VietnameseAnalyzer;

/**
 * The search module's copy of another module's searchable record (a task, a meeting, a monitored document), keyed
 * by kind and id. Who may see it is asked of the owning module at query time (ADR 0024).
 */
@Entity
@Table(name = "search_record")
@Indexed(index = "records")
class RecordEntry {

    static final int TEXT_LIMIT = 100_000;

    @Id
    private String entryKey;
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String kind;
    @GenericField(projectable = Projectable.YES)
    private Long recordId;
    @GenericField
    private Long agencyId;
    @FullTextField(analyzer = VietnameseAnalyzer.FOLDED, highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED })
    @FullTextField(name = "title_exact", analyzer = VietnameseAnalyzer.EXACT)
    private String title;
    @FullTextField(analyzer = VietnameseAnalyzer.FOLDED, highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED })
    @Column(length = TEXT_LIMIT)
    private String text;
    @KeywordField(aggregable = Aggregable.YES)
    private String typeName;
    @GenericField(sortable = org.hibernate.search.engine.backend.types.Sortable.YES)
    private LocalDate recordDate;
    private String link;
    private Instant updatedAt;

    protected RecordEntry() {
    }

    RecordEntry(String kind, Long recordId) {
        this.entryKey = key(kind, recordId);
        this.kind = kind;
        this.recordId = recordId;
    }

    static String key(String kind, Long recordId) {
        return kind + ":" + recordId;
    }

    void update(SearchableRecord record, Instant now) {
        agencyId = record.agencyId();
        title = Highlights.clean(cap(record.title(), 1000));
        text = Highlights.clean(cap(record.text(), TEXT_LIMIT));
        typeName = cap(record.typeName(), 200);
        recordDate = record.date();
        link = record.link();
        updatedAt = now;
    }

    private static String cap(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }

    String getKind() { return kind; }
    Long getRecordId() { return recordId; }
    String getTitle() { return title; }
    String getTypeName() { return typeName; }
    LocalDate getRecordDate() { return recordDate; }
    String getLink() { return link; }
}
