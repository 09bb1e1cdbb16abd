package vn.eoffice.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Selection;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/**
 * Reads a list made of {@link ListPart}s: one page in the list's order and a total counted only so far. A single
 * part is one query; several are each read to the end of the page (a named part whole) and merged.
 */
@Component
class ListReader {

    @PersistenceContext
    private EntityManager entityManager;

    /** One page; the total is counted only when the page does not tell it, and only up to {@code countLimit}. */
    Page<DocumentRow> page(List<ListPart> parts, PageRequest sorted, long countLimit) {
        List<Document> documents;
        if (parts.size() == 1 && !parts.get(0).named()) {
            documents = read(parts.get(0).filter(), sorted);
        } else {
            var heads = new ArrayList<Object[]>();
            for (var part : parts) {
                heads.addAll(keys(part, sorted.getSort(), sorted.getOffset() + sorted.getPageSize()));
            }
            heads.sort(order(sorted.getSort()));
            documents = byIds(heads.stream().skip(sorted.getOffset()).limit(sorted.getPageSize())
                    .map(key -> (Long) key[0]).toList());
        }
        var rows = documents.stream().map(DocumentRow::of).toList();
        return PageableExecutionUtils.getPage(rows, sorted, () -> countUpTo(parts, countLimit));
    }

    /** Counts by reading at most {@code limit} ids from the parts in order (a named part whole). */
    long countUpTo(List<ListPart> parts, long limit) {
        long count = 0;
        for (var part : parts) {
            if (count >= limit) {
                break;
            }
            var cb = entityManager.getCriteriaBuilder();
            var query = cb.createQuery(Long.class);
            var root = query.from(Document.class);
            query.select(root.get("id")).where(part.filter().toPredicate(root, query, cb));
            var typed = entityManager.createQuery(query);
            // a named part holds few documents: asked without a limit, the database reads them by id
            count += (part.named() ? typed : typed.setMaxResults((int) Math.min(limit - count, Integer.MAX_VALUE)))
                    .getResultList().size();
        }
        return Math.min(count, limit);
    }

    private List<Document> read(Specification<Document> filter, PageRequest sorted) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Document.class);
        var root = query.from(Document.class);
        query.where(filter.toPredicate(root, query, cb)).orderBy(QueryUtils.toOrders(sorted.getSort(), root, cb));
        return entityManager.createQuery(query).setFirstResult((int) sorted.getOffset())
                .setMaxResults(sorted.getPageSize()).getResultList();
    }

    /** The id and the sort values of a part's first {@code limit} documents in order, or of all of a named part. */
    private List<Object[]> keys(ListPart part, Sort sort, long limit) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Object[].class);
        var root = query.from(Document.class);
        var selections = new ArrayList<Selection<?>>();
        selections.add(root.get("id"));
        sort.forEach(order -> selections.add(root.get(order.getProperty())));
        query.multiselect(selections).where(part.filter().toPredicate(root, query, cb));
        if (part.named()) {
            return entityManager.createQuery(query).getResultList();
        }
        query.orderBy(QueryUtils.toOrders(sort, root, cb));
        return entityManager.createQuery(query).setMaxResults((int) Math.min(limit, Integer.MAX_VALUE))
                .getResultList();
    }

    /** The database's order on the keys: nulls sort high, as in PostgreSQL and H2 (DEFAULT_NULL_ORDERING=HIGH). */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Comparator<Object[]> order(Sort sort) {
        Comparator<Object[]> order = (a, b) -> 0;
        int position = 1;
        for (var property : sort) {
            int at = position++;
            Comparator<Object[]> by = Comparator.comparing(key -> (Comparable) key[at],
                    Comparator.nullsLast(Comparator.naturalOrder()));
            order = order.thenComparing(property.isAscending() ? by : by.reversed());
        }
        return order;
    }

    private List<Document> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Document.class);
        var root = query.from(Document.class);
        query.where(root.get("id").in(ids));
        Map<Long, Document> byId = entityManager.createQuery(query).getResultList().stream()
                .collect(Collectors.toMap(Document::getId, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }
}
