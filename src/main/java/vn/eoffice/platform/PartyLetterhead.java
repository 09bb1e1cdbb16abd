package vn.eoffice.platform;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The heading of a Party document as Hướng dẫn 36-HD/VPTW lays it out: top left the superior committee ("TỈNH ỦY ĐIỆN
 * BIÊN"), the issuing body ("BAN TUYÊN GIÁO VÀ DÂN VẬN") with a star below and the number ("Số 15-TB/BTGDVTU");
 * top right "ĐẢNG CỘNG SẢN VIỆT NAM" and the place and date. A draft leaves the number and the day blank: the
 * register issues them at release.
 *
 * @param superior the superior committee's name, or null for a body without one
 * @param issuer the issuing body's full name (the superior's name at its end is left out of the heading)
 * @param typeCode the document type, e.g. {@code TB}, or null when the paper has no number (a work calendar)
 * @param abbreviation the issuer's abbreviation in numbers, e.g. {@code BTGDVTU}
 * @param place the locality written before the date, e.g. "Điện Biên"; empty when unknown
 * @param year the year written in the date
 */
public record PartyLetterhead(String superior, String issuer, String typeCode, String abbreviation, String place,
        int year) {

    public static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** A committee named after its locality: Tỉnh ủy Điện Biên, Thành ủy Hà Nội, Đảng ủy xã Tuần Giáo. */
    private static final Pattern COMMITTEE = Pattern.compile(
            "(?iu)^.*?\\b(?:tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|đảng ủy(?: xã| phường| đặc khu)?)\\s+(.+)$");

    /** The letterhead of {@code issuer} under {@code superior}, the place taken from the committee's name. */
    public static PartyLetterhead of(String superior, String issuer, String typeCode, String abbreviation, int year) {
        return new PartyLetterhead(superior, issuer, typeCode, abbreviation, place(superior, issuer), year);
    }

    static String place(String superior, String issuer) {
        for (String name : new String[] { superior, issuer }) {
            if (name != null) {
                var m = COMMITTEE.matcher(name.strip());
                if (m.matches()) {
                    return m.group(1);
                }
            }
        }
        return "";
    }

    public String superiorLine() {
        return superior == null ? "" : superior.toUpperCase(VIETNAMESE);
    }

    /** The issuing body without its superior's name: "Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên" → BAN … DÂN VẬN. */
    public String issuerLine() {
        String name = issuer.strip();
        if (superior != null && name.toLowerCase(VIETNAMESE).endsWith(" " + superior.strip().toLowerCase(VIETNAMESE))) {
            name = name.substring(0, name.length() - superior.strip().length()).strip();
        }
        return name.toUpperCase(VIETNAMESE);
    }

    /** "Số      -TB/BTGDVTU": the number left blank for the register. */
    public String numberLine() {
        return typeCode == null ? "" : "Số        -" + typeCode + "/" + abbreviation;
    }

    /** "Điện Biên, ngày 08 tháng 12 năm 2026" (days and months below 10 with a leading 0, HD 36). */
    public String dateLine(java.time.LocalDate date) {
        return (place.isEmpty() ? "" : place + ", ") + String.format("ngày %02d tháng %02d năm %d",
                date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** "Điện Biên, ngày      tháng      năm 2026". */
    public String dateLine() {
        return (place.isEmpty() ? "" : place + ", ") + "ngày      tháng      năm " + year;
    }
}
