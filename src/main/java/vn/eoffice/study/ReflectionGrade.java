package vn.eoffice.study;

/** The grade a cell or committee gives a reflection (xếp loại bài thu hoạch). */
public enum ReflectionGrade {
    EXCELLENT, GOOD, PASS, FAIL;

    public String messageKey() {
        return "study.grade." + name();
    }
}
