package vn.eoffice.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits, best first, with how many visible documents matched in all and per document type.
 */
public record SearchResults(List<SearchHit> hits, long total, int page, int size, Map<String, Long> typeCounts) {

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }
}
