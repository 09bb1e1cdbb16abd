package vn.eoffice.study;

/** A kind of study material: the outline, the slides, questions and answers, the short version for the people. */
public enum MaterialKind {
    OUTLINE, SLIDES, QA, SHORT;

    public String messageKey() {
        return "study.material.kind." + name();
    }
}
