package vn.eoffice.exchange;

import java.util.regex.Pattern;

/** Splits a document's number and symbol into edXML's CodeNumber and CodeNotation, and joins them back. */
final class Notations {

    private static final Pattern NUMBER = Pattern.compile("^(\\d+)[-/](.+)$");

    private Notations() {
    }

    /** {@code 15-HD/BTGDVTU} → 15, HD/BTGDVTU; {@code 125/QĐ-UBND} → 125, QĐ-UBND; no number → "0", whole text. */
    static String[] split(String notation) {
        var matcher = NUMBER.matcher(notation == null ? "" : notation.trim());
        if (matcher.matches()) {
            return new String[] { matcher.group(1), matcher.group(2) };
        }
        return new String[] { "0", notation == null || notation.isBlank() ? "-" : notation.trim() };
    }

    /** A notation with a slash is Party style (number-hyphen-type/body), otherwise State style (number/type-body). */
    static String join(String codeNumber, String codeNotation) {
        if (codeNumber == null || "0".equals(codeNumber)) {
            return codeNotation;
        }
        return codeNumber + (codeNotation.contains("/") ? "-" : "/") + codeNotation;
    }
}
