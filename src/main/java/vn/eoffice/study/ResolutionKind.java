package vn.eoffice.study;

/** The kind of Party document studied: nghị quyết, chỉ thị, kết luận, quy định. */
public enum ResolutionKind {
    RESOLUTION, DIRECTIVE, CONCLUSION, REGULATION;

    /** The same kind as monitoring knows it, for the monitored document that collects the action programmes. */
    vn.eoffice.monitoring.DocumentKind monitored() {
        return switch (this) {
            case RESOLUTION -> vn.eoffice.monitoring.DocumentKind.RESOLUTION;
            case DIRECTIVE -> vn.eoffice.monitoring.DocumentKind.DIRECTIVE;
            case CONCLUSION -> vn.eoffice.monitoring.DocumentKind.CONCLUSION;
            case REGULATION -> vn.eoffice.monitoring.DocumentKind.REGULATION;
        };
    }

    public String messageKey() {
        return "study.kind." + name();
    }
}
