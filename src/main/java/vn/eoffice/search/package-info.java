/**
 * Full-text search over documents' metadata and their files' text, Vietnamese with or without diacritics, under the
 * same access rule as the document lists. Keeps its own projection of documents ({@code search_entry}), fed by the
 * documents' and files' events, indexed by Hibernate Search (embedded Lucene, or a cluster by configuration).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search",
        allowedDependencies = { "audit", "documents", "files", "identity", "platform" })
package vn.eoffice.search;
