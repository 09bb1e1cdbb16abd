package vn.eoffice.search.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.ApiController;
import vn.eoffice.search.DocumentSearch;
import vn.eoffice.search.RecordHit;
import vn.eoffice.search.RecordSearch;
import vn.eoffice.search.SearchHit;
import vn.eoffice.search.SearchQuery;

@ApiController("/api/v1/search")
@Tag(name = "Search")
class SearchApiController {

    private final DocumentSearch search;
    private final RecordSearch records;
    private final RegisterManagement registers;

    SearchApiController(DocumentSearch search, RecordSearch records, RegisterManagement registers) {
        this.search = search;
        this.records = records;
        this.registers = registers;
    }

    /** A page of hits; {@code snippet} is escaped HTML whose only tags are {@code <mark>}. */
    record HitView(Long id, String notation, String summary, String snippet, float score) {

        static HitView of(SearchHit hit) {
            return new HitView(hit.documentId(), hit.notation(), hit.summary(),
                    hit.snippetHtml() != null ? hit.snippetHtml() : hit.summaryHtml(), hit.score());
        }
    }

    /** A task, meeting or monitored document the caller may open; {@code snippet} as for documents. */
    record RecordView(String kind, Long id, String title, String snippet, String typeName, String link) {

        static RecordView of(RecordHit hit) {
            return new RecordView(hit.kind(), hit.id(), hit.title(),
                    hit.snippetHtml() != null ? hit.snippetHtml() : hit.titleHtml(), hit.typeName(), hit.link());
        }
    }

    /**
     * {@code types} counts documents per type code; {@code typeNames} counts every kind's hits per type name;
     * {@code kinds} the hits of each kind; {@code records} the best other records (tasks, meetings, monitored).
     */
    record ResultsView(List<HitView> content, int page, int size, long totalElements, Map<String, Long> types,
            Map<String, Long> typeNames, Map<String, Long> kinds, List<RecordView> records) {
    }

    @GetMapping
    @Operation(operationId = "search.documents", summary = "Full-text search over the documents, tasks, meetings "
            + "and monitored documents the caller may see (words combined with AND, with or without diacritics), "
            + "ranked, with filters (document filters search documents only)")
    ResultsView search(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) String type, @RequestParam(required = false) String issuer,
            @RequestParam(required = false) Long register,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String status, @RequestParam(required = false) String urgency,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var results = search.search(user,
                new SearchQuery(q, type, issuer, register, from, to, status, urgency, page, size));
        boolean documentFilters = type != null || issuer != null || register != null || from != null || to != null
                || status != null || urgency != null;
        var found = records.search(user, documentFilters ? null : q, null);
        return new ResultsView(results.hits().stream().map(HitView::of).toList(), results.page(), results.size(),
                results.total(), results.typeCounts(), SearchController.typeNames(results, found, registers.types()),
                SearchController.kinds(results, found, records.kinds()), found.hits().stream().limit(results.size()).map(RecordView::of).toList());
    }
}
