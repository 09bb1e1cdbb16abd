package vn.eoffice.documents;

import java.util.List;

import org.springframework.data.jpa.domain.Specification;

/**
 * One part of a document list: documents read in list order from an index and counted only so far, or a few named
 * by id ({@code named}) and read whole. The parts of one list never share a document.
 */
record ListPart(Specification<Document> filter, boolean named) {

    ListPart and(Specification<Document> more) {
        return new ListPart(filter.and(more), named);
    }

    static List<ListPart> and(List<ListPart> parts, Specification<Document> more) {
        return parts.stream().map(part -> part.and(more)).toList();
    }
}
