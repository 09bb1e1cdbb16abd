package vn.eoffice.search.analysis;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Registers the Vietnamese analyzers with the embedded Lucene backend (the default).
 */
public class LuceneVietnameseAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(VietnameseAnalyzer.FOLDED).instance(VietnameseAnalyzer.folded());
        context.analyzer(VietnameseAnalyzer.EXACT).instance(VietnameseAnalyzer.exact());
    }
}
