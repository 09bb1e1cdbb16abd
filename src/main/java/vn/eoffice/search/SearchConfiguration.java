package vn.eoffice.search;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.eoffice.search.analysis.ElasticsearchVietnameseAnalysis;
import vn.eoffice.search.analysis.LuceneVietnameseAnalysis;

/**
 * Hands the search settings to Hibernate Search. Both backends are on the class path, so the type is always set.
 * Indexing waits until the change is committed and visible to searches ({@code sync}): a document is found as soon
 * as its entry's transaction returns.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    private static final String PREFIX = "hibernate.search.";

    @Bean
    HibernatePropertiesCustomizer searchBackend(SearchProperties search) {
        return properties -> {
            properties.put(PREFIX + "indexing.plan.synchronization.strategy", "sync");
            if (search.backend() == SearchProperties.Backend.ELASTICSEARCH) {
                properties.put(PREFIX + "backend.type", "elasticsearch");
                properties.put(PREFIX + "backend.uris", search.cluster().uris());
                putIfSet(properties, PREFIX + "backend.username", search.cluster().username());
                putIfSet(properties, PREFIX + "backend.password", search.cluster().password());
                properties.put(PREFIX + "backend.analysis.configurer",
                        ElasticsearchVietnameseAnalysis.class.getName());
            } else {
                properties.put(PREFIX + "backend.type", "lucene");
                properties.put(PREFIX + "backend.directory.type", search.directoryType());
                properties.put(PREFIX + "backend.directory.root", search.indexDirectory().toString());
                properties.put(PREFIX + "backend.analysis.configurer", LuceneVietnameseAnalysis.class.getName());
            }
        };
    }

    private static void putIfSet(java.util.Map<String, Object> properties, String key, String value) {
        if (value != null && !value.isBlank()) {
            properties.put(key, value);
        }
    }
}
