package vn.eoffice.people;

/** Dân tộc: the peoples of Điện Biên first, then "Khác". */
public enum Ethnicity {
    KINH, THAI, MONG, KHO_MU, DAO, LAO, HOA, KHANG, XINH_MUN, HA_NHI, PHU_LA, LU, SI_LA, CONG, OTHER
}
