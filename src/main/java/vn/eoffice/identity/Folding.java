package vn.eoffice.identity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese text without tones and marks, in lowercase: "Quàng Văn Hùng" becomes "quang van hung", "Đỗ" "do".
 */
final class Folding {

    private Folding() {
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}
