package vn.eoffice.platform;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A module's records for the office-wide search (tasks, meetings, monitored documents…), a Spring bean per kind. The
 * search module indexes what {@link #find} returns when {@link SearchableChanged} names a record (and everything
 * from {@link #ids} on start), and shows a hit only if {@link #visible} keeps it: the same rule as the module's own
 * pages, so a record the person may not open leaves no trace in hits, counts or facets.
 */
public interface SearchableSource {

    /** The kind's code, stable and short (TASK, MEETING, MONITORED). */
    String kind();

    /** The record's searchable facts, or empty when it is gone. */
    Optional<SearchableRecord> find(Long id);

    /** Every record of the kind, for rebuilding the index. */
    List<Long> ids();

    /** Those of {@code ids} the actor may open on the module's pages. */
    Set<Long> visible(Actor actor, Collection<Long> ids);
}
