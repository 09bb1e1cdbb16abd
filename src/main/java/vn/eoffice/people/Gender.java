package vn.eoffice.people;

/** Giới tính. */
public enum Gender {
    MALE, FEMALE
}
