package vn.eoffice.study;

/** Who studies a resolution (đối tượng học tập): key leaders, Party members, reporters, the people. */
public enum Audience {
    KEY_LEADERS, PARTY_MEMBERS, REPORTERS, PEOPLE;

    public String messageKey() {
        return "study.audience." + name();
    }
}
