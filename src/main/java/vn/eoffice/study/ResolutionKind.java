package vn.eoffice.study;

/** The kind of Party document studied: nghị quyết, chỉ thị, kết luận, quy định. */
public enum ResolutionKind {
    RESOLUTION, DIRECTIVE, CONCLUSION, REGULATION;

    public String messageKey() {
        return "study.kind." + name();
    }
}
