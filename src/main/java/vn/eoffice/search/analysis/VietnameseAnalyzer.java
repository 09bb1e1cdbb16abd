package vn.eoffice.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Standard (UAX #29) word splitting, Unicode normalisation, then lower case. Vietnamese writes one syllable per word,
 * so each syllable is a token and a query's syllables are combined with AND.
 */
public final class VietnameseAnalyzer extends Analyzer {

    /** Analyzer name of the diacritic-free fields. */
    public static final String FOLDED = "vietnamese_folded";
    /** Analyzer name of the fields that keep diacritics. */
    public static final String EXACT = "vietnamese_exact";

    private final boolean fold;

    private VietnameseAnalyzer(boolean fold) {
        this.fold = fold;
    }

    public static VietnameseAnalyzer folded() {
        return new VietnameseAnalyzer(true);
    }

    public static VietnameseAnalyzer exact() {
        return new VietnameseAnalyzer(false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        var tokenizer = new StandardTokenizer();
        var stream = new LowerCaseFilter(new NormalizingFilter(tokenizer, fold));
        return new TokenStreamComponents(tokenizer, stream);
    }
}
