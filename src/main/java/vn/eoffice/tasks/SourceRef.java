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

    /** The page of the record the task comes from; null for an ad-hoc instruction. */
    public String path() {
        return switch (type) {
            case DOCUMENT -> "/documents/" + id;
            case MEETING -> "/meetings/" + id;
            case MONITORING -> "/monitoring/" + id;
            case AD_HOC -> null;
        };
    }
}
