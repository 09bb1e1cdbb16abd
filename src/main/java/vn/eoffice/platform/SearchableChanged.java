package vn.eoffice.platform;

/**
 * A searchable record of {@code kind} was created, changed or removed; the search module reads it again from its
 * {@link SearchableSource} after the commit.
 */
public record SearchableChanged(String kind, Long id) {
}
