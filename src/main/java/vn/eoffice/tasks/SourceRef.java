package vn.eoffice.tasks;

/**
 * The record a task comes from, held by id; {@code id} is null for an ad-hoc instruction.
 */
public record SourceRef(SourceType type, Long id) {

    public SourceRef {
        if (type == null) {
            throw new IllegalArgumentException("source type required");
        }
    }

    public static SourceRef adHoc() {
        return new SourceRef(SourceType.AD_HOC, null);
    }
}
