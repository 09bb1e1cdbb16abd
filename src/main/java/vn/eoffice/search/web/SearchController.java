package vn.eoffice.search.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.eoffice.documents.DocumentStatus;
import vn.eoffice.documents.DocumentTypeView;
import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.documents.Urgency;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.search.DocumentSearch;
import vn.eoffice.search.RecordResults;
import vn.eoffice.search.RecordSearch;
import vn.eoffice.search.SearchResults;

/**
 * The search page across the office: documents, tasks, meetings and monitored documents, each kind with its count
 * (of what the person may open) and the types by name; words and filters in the query string (bookmarkable); htmx
 * swaps only the results.
 */
@Controller
class SearchController {

    private static final int PAGE_SIZE = 20;
    /** How many hits of each other kind the page shows under the documents before "see all". */
    private static final int GROUP_SIZE = 5;

    private final DocumentSearch search;
    private final RecordSearch records;
    private final RegisterManagement registers;

    SearchController(DocumentSearch search, RecordSearch records, RegisterManagement registers) {
        this.search = search;
        this.records = records;
        this.registers = registers;
    }

    @GetMapping("/search")
    String search(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") SearchForm form,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        List<DocumentTypeView> types = registers.types();
        if (!form.empty()) {
            String kind = form.kindOrNull();
            SearchResults documents = search.search(user, form.query(PAGE_SIZE));
            RecordResults found = form.documentFilters() || SearchForm.DOCUMENT.equals(kind)
                    ? records.search(user, null, null) : records.search(user, form.q(), kind);
            var base = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page");
            model.addAttribute("kind", kind);
            model.addAttribute("kinds", kinds(documents, found, records.kinds()));
            model.addAttribute("typeNames", typeNames(documents, found, types));
            model.addAttribute("kindBase", base.cloneBuilder().replaceQueryParam("kind").build().toUriString());
            model.addAttribute("base", base.build().toUriString());
            if (kind == null || SearchForm.DOCUMENT.equals(kind)) {
                model.addAttribute("results", documents);
                model.addAttribute("page", new PageImpl<>(documents.hits(),
                        PageRequest.of(documents.page(), documents.size()), documents.total()));
                model.addAttribute("groupSize", GROUP_SIZE);
                model.addAttribute("groups", kind == null ? records.kinds().stream()
                        .filter(k -> !found.of(k).isEmpty()).toList() : List.of());
                model.addAttribute("records", found);
            } else {
                var hits = found.of(kind);
                int from = Math.min(form.pageNumber() * PAGE_SIZE, hits.size());
                model.addAttribute("page", new PageImpl<>(hits.subList(from, Math.min(hits.size(), from + PAGE_SIZE)),
                        PageRequest.of(form.pageNumber(), PAGE_SIZE), hits.size()));
            }
        }
        if (htmx != null) {
            return "search/search :: results";
        }
        model.addAttribute("types", types);
        model.addAttribute("registers", registers.registersOf(user.agencyId()));
        model.addAttribute("statuses", List.of(DocumentStatus.values()));
        model.addAttribute("urgencies", List.of(Urgency.values()));
        return "search/search";
    }

    /** Visible records per kind, documents first, in the order the page shows the kinds. */
    static Map<String, Long> kinds(SearchResults documents, RecordResults found, List<String> otherKinds) {
        var kinds = new LinkedHashMap<String, Long>();
        kinds.put(SearchForm.DOCUMENT, documents.total());
        otherKinds.forEach(k -> kinds.put(k, found.kindCounts().getOrDefault(k, 0L)));
        return kinds;
    }

    /** Counts per type by name ("Công văn: 2"), documents' types then the other kinds'. */
    static Map<String, Long> typeNames(SearchResults documents, RecordResults found, List<DocumentTypeView> types) {
        Map<String, String> names = types.stream()
                .collect(Collectors.toMap(DocumentTypeView::code, DocumentTypeView::name, (a, b) -> a));
        var counts = new LinkedHashMap<String, Long>();
        documents.typeCounts().forEach((code, count) -> counts.merge(names.getOrDefault(code, code), count, Long::sum));
        found.typeCounts().forEach((name, count) -> counts.merge(name, count, Long::sum));
        return counts;
    }
}
