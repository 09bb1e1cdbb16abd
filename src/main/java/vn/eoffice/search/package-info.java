/**
 * Full-text search across the office, Vietnamese with or without diacritics: documents' metadata and their files'
 * text under the same access rule as the document lists, and the records other modules offer through
 * {@code platform.SearchableSource} (tasks, meetings, monitored documents), shown only when their module lets the
 * person open them (ADR 0024). Keeps its own projections ({@code search_entry}, {@code search_record}), fed by events,
 * indexed by Hibernate Search (embedded Lucene, or a cluster by configuration).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search",
        allowedDependencies = { "audit", "documents", "files", "identity", "platform" })
package vn.eoffice.search;
