package vn.eoffice.organization.addressbook;

import java.util.List;
import java.util.Map;

/** The columns of the address-book CSV, with the form field each one fills. */
final class AddressBookColumns {

    static final String NAME = "ten";
    static final String SHORT_NAME = "ten_viet_tat";
    static final String ABBREVIATION = "ky_hieu";
    static final String IDENTIFIER_CODE = "ma_dinh_danh";
    static final String KIND = "loai";
    static final String ADDRESS = "dia_chi";
    static final String PHONE = "dien_thoai";
    static final String EMAIL = "email";
    static final String WEBSITE = "website";

    static final List<String> ALL = List.of(NAME, SHORT_NAME, ABBREVIATION, IDENTIFIER_CODE, KIND, ADDRESS, PHONE,
            EMAIL, WEBSITE);
    static final List<String> REQUIRED = List.of(NAME, ABBREVIATION);

    /** Bean-validation property of {@code AgencyDetails} to CSV column, to place each violation. */
    static final Map<String, String> BY_PROPERTY = Map.of("name", NAME, "shortName", SHORT_NAME,
            "abbreviation", ABBREVIATION, "identifierCode", IDENTIFIER_CODE, "kind", KIND, "address", ADDRESS,
            "phone", PHONE, "email", EMAIL, "website", WEBSITE);

    private AddressBookColumns() {
    }
}
