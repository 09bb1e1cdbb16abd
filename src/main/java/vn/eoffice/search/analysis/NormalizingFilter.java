package vn.eoffice.search.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Rewrites each token either to its diacritic-free form or to its composed (NFC) form.
 */
final class NormalizingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final boolean fold;

    NormalizingFilter(TokenStream input, boolean fold) {
        super(input);
        this.fold = fold;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String original = term.toString();
        String normalized = fold ? DiacriticFolding.fold(original) : DiacriticFolding.compose(original);
        if (!normalized.equals(original)) {
            term.setEmpty().append(normalized);
        }
        return true;
    }
}
