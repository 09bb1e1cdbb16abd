package vn.eoffice.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.SearchableSource;

/**
 * Searches the other modules' records (tasks, meetings, monitored documents) with the same Vietnamese folding as
 * documents, then keeps only the hits the owning module lets the person open ({@link SearchableSource#visible}), so
 * the counts per kind and per type are computed from visible records only (ADR 0024).
 */
@Service
@Transactional(readOnly = true)
public class RecordSearch {

    /** How many best matches are examined; the counts say "at least" beyond. */
    static final int CANDIDATES = 500;

    @PersistenceContext
    private EntityManager entityManager;
    private final Map<String, SearchableSource> sources;

    RecordSearch(List<SearchableSource> sources) {
        this.sources = sources.stream().collect(Collectors.toMap(SearchableSource::kind, Function.identity()));
    }

    /** The kinds in the order the page shows them. */
    public List<String> kinds() {
        return List.of("TASK", "MEETING", "MONITORED").stream().filter(sources::containsKey).toList();
    }

    public RecordResults search(CurrentUser user, String words, String kind) {
        if (words == null || words.isBlank() || user == null || user.agencyId() == null) {
            return RecordResults.NONE;
        }
        var result = Search.session(entityManager).search(RecordEntry.class)
                .select(f -> f.composite().from(f.entity(RecordEntry.class),
                        f.highlight("title").highlighter("whole").single(),
                        f.highlight("text").highlighter("passage").single()).asList())
                .where((f, root) -> {
                    root.add(f.match().field("agencyId").matching(user.agencyId()));
                    if (kind != null) {
                        root.add(f.match().field("kind").matching(kind));
                    }
                    root.add(f.bool()
                            .must(f.simpleQueryString().field("title").boost(4f).field("text")
                                    .matching(words).defaultOperator(BooleanOperator.AND))
                            .should(f.simpleQueryString().field("title_exact").boost(2f).matching(words)
                                    .defaultOperator(BooleanOperator.AND)));
                })
                .sort(f -> f.score().then().field("recordDate").desc())
                .highlighter(h -> h.plain().tag(Highlights.START, Highlights.END))
                .highlighter("whole", h -> h.plain().fragmentSize(1000).numberOfFragments(1).noMatchSize(1000))
                .highlighter("passage", h -> h.plain().fragmentSize(200).numberOfFragments(1))
                .fetch(CANDIDATES);
        var rows = result.hits();
        Map<String, Set<Long>> visible = visible(user, rows);
        var hits = new ArrayList<RecordHit>();
        Map<String, Long> kindCounts = new LinkedHashMap<>();
        Map<String, Long> typeCounts = new LinkedHashMap<>();
        for (var row : rows) {
            var entry = (RecordEntry) row.get(0);
            if (!visible.getOrDefault(entry.getKind(), Set.of()).contains(entry.getRecordId())) {
                continue;
            }
            String title = (String) row.get(1);
            hits.add(new RecordHit(entry.getKind(), entry.getRecordId(), entry.getTitle(),
                    Highlights.safeHtml(title == null ? entry.getTitle() : title),
                    Highlights.safeHtml((String) row.get(2)), entry.getTypeName(), entry.getRecordDate(),
                    entry.getLink()));
            kindCounts.merge(entry.getKind(), 1L, Long::sum);
            if (entry.getTypeName() != null) {
                typeCounts.merge(entry.getTypeName(), 1L, Long::sum);
            }
        }
        return new RecordResults(hits, kindCounts, typeCounts, result.total().hitCountLowerBound() > rows.size());
    }

    private Map<String, Set<Long>> visible(CurrentUser user, List<List<?>> rows) {
        Map<String, List<Long>> byKind = new HashMap<>();
        for (var row : rows) {
            var entry = (RecordEntry) row.get(0);
            byKind.computeIfAbsent(entry.getKind(), k -> new ArrayList<>()).add(entry.getRecordId());
        }
        Map<String, Set<Long>> visible = new HashMap<>();
        byKind.forEach((kind, ids) -> {
            var source = sources.get(kind);
            visible.put(kind, source == null ? Set.of() : source.visible(user, ids));
        });
        return visible;
    }
}
