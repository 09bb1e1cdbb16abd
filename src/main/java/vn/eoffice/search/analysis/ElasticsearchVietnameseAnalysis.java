package vn.eoffice.search.analysis;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The same two analyzers for an OpenSearch/Elasticsearch cluster, from built-in components: đ is mapped before
 * ASCII folding because Unicode does not decompose it. (Without the ICU plugin the cluster cannot compose
 * combining-mark input; browsers and office files send composed text.)
 */
public class ElasticsearchVietnameseAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.charFilter("vietnamese_d").type("mapping").param("mappings", "đ=>d", "Đ=>D");
        context.analyzer(VietnameseAnalyzer.FOLDED).custom().tokenizer("standard").charFilters("vietnamese_d")
                .tokenFilters("lowercase", "asciifolding");
        context.analyzer(VietnameseAnalyzer.EXACT).custom().tokenizer("standard").tokenFilters("lowercase");
    }
}
