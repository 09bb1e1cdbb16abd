package vn.eoffice.search;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.ListScope;

/**
 * The search facade: ranked full-text search with filters, under the access rule applied inside the index query,
 * so totals and per-type counts only ever count documents the person may see.
 */
@Service
@Transactional(readOnly = true)
public class DocumentSearch {

    private static final AggregationKey<Map<String, Long>> TYPES = AggregationKey.of("types");
    private static final String[] FOLDED_FIELDS = { "summary", "notation", "issuerName", "content" };

    @PersistenceContext
    private EntityManager entityManager;
    private final AccessControl access;

    DocumentSearch(AccessControl access) {
        this.access = access;
    }

    public SearchResults search(CurrentUser user, SearchQuery query) {
        ListScope scope = access.listScope(user);
        var result = Search.session(entityManager).search(SearchEntry.class)
                .select(f -> f.composite().from(f.entity(SearchEntry.class),
                        f.highlight("summary").highlighter("whole").single(),
                        f.highlight("content").highlighter("passage").single(), f.score()).asList())
                .where((f, root) -> {
                    root.add(visibleTo(f, scope));
                    filters(f, root, query);
                    if (query.hasWords()) {
                        root.add(words(f, query.q()));
                    }
                })
                .sort(f -> query.hasWords() ? f.score().then().field("documentDate").desc()
                        : f.field("documentDate").desc().then().field("arrivalDate").desc())
                .aggregation(TYPES, f -> f.terms().field("typeCode", String.class).maxTermCount(50))
                .highlighter(h -> h.plain().tag(Highlights.START, Highlights.END))
                .highlighter("whole", h -> h.plain().fragmentSize(1000).numberOfFragments(1).noMatchSize(1000))
                .highlighter("passage", h -> h.plain().fragmentSize(200).numberOfFragments(1))
                .fetch(query.page() * query.size(), query.size());
        List<SearchHit> hits = result.hits().stream().map(DocumentSearch::hit).toList();
        return new SearchResults(hits, result.total().hitCount(), query.page(), query.size(),
                result.aggregation(TYPES));
    }

    private static SearchHit hit(List<?> row) {
        var entry = (SearchEntry) row.get(0);
        String summary = (String) row.get(1);
        return new SearchHit(entry.getDocumentId(), entry.getNotation(), entry.getSummary(),
                Highlights.safeHtml(summary == null ? entry.getSummary() : summary),
                Highlights.safeHtml((String) row.get(2)), entry.getIssuerName(), entry.getDocumentDate(),
                entry.getTypeCode(), entry.getStatus(), entry.getUrgency(), (Float) row.get(3));
    }

    /** Every word must match somewhere; a match in the summary counts most, one spelled exactly counts extra. */
    private static org.hibernate.search.engine.search.predicate.SearchPredicate words(SearchPredicateFactory f,
            String q) {
        return f.bool()
                .must(f.simpleQueryString().field("summary").boost(4f).field("notation").boost(3f)
                        .field("issuerName").boost(2f).field("content").boost(0.5f)
                        .matching(q).defaultOperator(BooleanOperator.AND))
                .should(f.simpleQueryString().field("summary_exact").boost(2f).matching(q)
                        .defaultOperator(BooleanOperator.AND))
                .toPredicate();
    }

    private static void filters(SearchPredicateFactory f,
            org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector<?, ?> root,
            SearchQuery query) {
        if (query.type() != null) {
            root.add(f.match().field("typeCode").matching(query.type()));
        }
        if (query.issuer() != null) {
            root.add(f.simpleQueryString().field("issuerName").matching(query.issuer())
                    .defaultOperator(BooleanOperator.AND));
        }
        if (query.registerId() != null) {
            root.add(f.match().field("registerId").matching(query.registerId()));
        }
        if (query.status() != null) {
            root.add(f.match().field("status").matching(query.status()));
        }
        if (query.urgency() != null) {
            root.add(f.match().field("urgency").matching(query.urgency()));
        }
        if (query.from() != null || query.to() != null) {
            root.add(f.range().field("documentDate").between(query.from(), query.to()));
        }
    }

    /** {@link AccessControl#may} for VIEW, as an index filter (the same translation as the document lists). */
    private static org.hibernate.search.engine.search.predicate.SearchPredicate visibleTo(SearchPredicateFactory f,
            ListScope scope) {
        if (scope.agencyId() == null || scope.secrecyLevels().isEmpty()) {
            return f.matchNone().toPredicate();
        }
        var bool = f.bool().filter(f.match().field("agencyId").matching(scope.agencyId()));
        bool.filter(f.terms().field("secrecy").matchingAny(scope.secrecyLevels().stream().map(Enum::name).toList()));
        if (!scope.wholeAgency()) {
            var any = f.bool();
            if (!scope.ownerUnitIds().isEmpty()) {
                any.should(f.terms().field("ownerUnitId").matchingAny(scope.ownerUnitIds()));
            }
            if (!scope.participantUnitIds().isEmpty()) {
                any.should(f.terms().field("participantUnitIds").matchingAny(scope.participantUnitIds()));
            }
            if (!scope.participantUserIds().isEmpty()) {
                any.should(f.terms().field("participantUserIds").matchingAny(scope.participantUserIds()));
            }
            bool.filter(scope.ownerUnitIds().isEmpty() && scope.participantUnitIds().isEmpty()
                    && scope.participantUserIds().isEmpty() ? f.matchNone() : any);
        }
        return bool.toPredicate();
    }
}
