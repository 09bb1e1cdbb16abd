package vn.eoffice.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import vn.eoffice.documents.DocumentSnapshot;
import vn.eoffice.search.analysis.VietnameseAnalyzer;

/**
 * The search module's copy of a document's searchable facts, the facts of its access rule and its files' text.
 * Indexed on commit; the documents module's entities stay free of search concerns.
 */
@Entity
@Indexed(index = "documents")
class SearchEntry {

    static final int CONTENT_LIMIT = 100_000;

    @Id
    private Long documentId;
    @GenericField
    private Long agencyId;
    @KeywordField
    private String direction;
    @KeywordField
    private String status;
    @KeywordField(aggregable = Aggregable.YES)
    private String typeCode;
    @GenericField
    private Long registerId;
    @FullTextField(analyzer = VietnameseAnalyzer.FOLDED, projectable = Projectable.YES)
    private String notation;
    @FullTextField(analyzer = VietnameseAnalyzer.FOLDED, projectable = Projectable.YES,
            highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED })
    @FullTextField(name = "summary_exact", analyzer = VietnameseAnalyzer.EXACT)
    private String summary;
    @FullTextField(analyzer = VietnameseAnalyzer.FOLDED, projectable = Projectable.YES)
    private String issuerName;
    @GenericField(sortable = Sortable.YES)
    private LocalDate documentDate;
    @GenericField(sortable = Sortable.YES)
    private LocalDate arrivalDate;
    @KeywordField
    private String urgency;
    @KeywordField
    private String secrecy;
    @GenericField
    private Long ownerUnitId;
    @FullTextField(analyzer = VietnameseAnalyzer.FOLDED, projectable = Projectable.YES,
            highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED })
    @Column(length = CONTENT_LIMIT)
    private String content;
    @GenericField
    @ElementCollection
    @CollectionTable(name = "search_entry_user", joinColumns = @JoinColumn(name = "document_id"))
    @Column(name = "user_id")
    private Set<Long> participantUserIds = new HashSet<>();
    @GenericField
    @ElementCollection
    @CollectionTable(name = "search_entry_unit", joinColumns = @JoinColumn(name = "document_id"))
    @Column(name = "unit_id")
    private Set<Long> participantUnitIds = new HashSet<>();
    @ElementCollection
    @CollectionTable(name = "search_entry_file", joinColumns = @JoinColumn(name = "document_id"))
    @Column(name = "file_id")
    private Set<Long> fileIds = new HashSet<>();
    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    private Instant updatedAt;
    @Version
    private Long version;

    protected SearchEntry() {
    }

    SearchEntry(Long documentId) {
        this.documentId = documentId;
    }

    /** Copies the document's current facts; the content is the files' text, already joined and capped. */
    void update(DocumentSnapshot document, String content, Instant now) {
        agencyId = document.agencyId();
        direction = document.direction().name();
        status = document.status().name();
        typeCode = document.typeCode();
        registerId = document.registerId();
        notation = Highlights.clean(document.notation());
        summary = Highlights.clean(document.summary());
        issuerName = Highlights.clean(document.issuerName());
        documentDate = document.documentDate();
        arrivalDate = document.arrivalDate();
        urgency = document.urgency().name();
        secrecy = document.secrecy().name();
        ownerUnitId = document.ownerUnitId();
        this.content = Highlights.clean(content);
        replace(participantUserIds, document.participantUserIds());
        replace(participantUnitIds, document.participantUnitIds());
        replace(fileIds, Set.copyOf(document.fileIds()));
        updatedAt = now;
    }

    private static void replace(Set<Long> target, Set<Long> values) {
        target.retainAll(values);
        target.addAll(values);
    }

    Long getDocumentId() { return documentId; }
    Long getAgencyId() { return agencyId; }
    String getDirection() { return direction; }
    String getStatus() { return status; }
    String getTypeCode() { return typeCode; }
    Long getRegisterId() { return registerId; }
    String getNotation() { return notation; }
    String getSummary() { return summary; }
    String getIssuerName() { return issuerName; }
    LocalDate getDocumentDate() { return documentDate; }
    LocalDate getArrivalDate() { return arrivalDate; }
    String getUrgency() { return urgency; }
    String getSecrecy() { return secrecy; }
    Long getVersion() { return version; }
}
