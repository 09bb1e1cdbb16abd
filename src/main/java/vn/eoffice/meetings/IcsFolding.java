package vn.eoffice.meetings;

import java.nio.charset.StandardCharsets;

/**
 * Content lines folded as RFC 5545 §3.1 asks: at most 75 octets per line, continuation lines starting with one space,
 * and never inside a UTF-8 sequence. ical4j folds by characters, so a Vietnamese summary came out at up to 97 octets.
 */
final class IcsFolding {

    static final int MAX_OCTETS = 75;

    private IcsFolding() {
    }

    /** {@code ics} unfolded, then folded again by octets; lines end with CRLF. */
    static String refold(String ics) {
        String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
        var out = new StringBuilder(unfolded.length() + unfolded.length() / 40);
        for (String line : unfolded.split("\r\n")) {
            if (!line.isEmpty()) {
                fold(line, out);
            }
        }
        return out.toString();
    }

    private static void fold(String line, StringBuilder out) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = Character.toString(codePoint).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
