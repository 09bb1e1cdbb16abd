package vn.eoffice.study;

/** A study session: the multi-level conference, a committee's own class, or a make-up class for the absent. */
public enum SessionKind {
    CONFERENCE, CLASS, MAKE_UP;

    public String messageKey() {
        return "study.session." + name();
    }
}
