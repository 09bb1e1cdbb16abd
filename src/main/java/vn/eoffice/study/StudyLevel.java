package vn.eoffice.study;

/** The level at which a programme is studied (cấp tổ chức học tập): the province, the communes, the Party cells. */
public enum StudyLevel {
    PROVINCE, COMMUNE, CELL;

    public String messageKey() {
        return "study.level." + name();
    }
}
