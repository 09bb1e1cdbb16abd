package vn.eoffice.search;

import java.util.List;
import java.util.Map;

/**
 * The tasks, meetings and monitored documents found for a person, best first, only those they may open; with how
 * many of each kind and of each type name. {@code bounded} says more records matched than were examined.
 */
public record RecordResults(List<RecordHit> hits, Map<String, Long> kindCounts, Map<String, Long> typeCounts,
        boolean bounded) {

    static final RecordResults NONE = new RecordResults(List.of(), Map.of(), Map.of(), false);

    public List<RecordHit> of(String kind) {
        return hits.stream().filter(h -> h.kind().equals(kind)).toList();
    }
}
