package vn.eoffice.search.analysis;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text to plain ASCII letters: decomposes (so precomposed and combining-mark spellings agree),
 * drops the tone and vowel marks, and maps đ/Đ, which Unicode does not decompose, to d/D.
 */
public final class DiacriticFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private DiacriticFolding() {
    }

    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
    }

    /** The canonical composed form, so the same word typed two ways gives the same token. */
    public static String compose(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
