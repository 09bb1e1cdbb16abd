package vn.eoffice.search;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.eoffice.search.analysis.ElasticsearchVietnameseAnalysis;
import vn.eoffice.search.analysis.LuceneVietnameseAnalysis;

/**
 * Hands the search settings to Hibernate Search. Both backends are on the class path, so the type is always set.
 * Indexing does not wait for the index ({@code async}): the entries are written by a background projection anyway,
 * and a commit of the Lucene index per entry (fsync plus a new segment to merge) cost more CPU than registering the
 * document. Lucene commits once a second and a search reopens its reader when the index changed, so a document is
 * found within a second of its entry; {@link SearchCatchUp} re-indexes what a crash may have left uncommitted.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    private static final String PREFIX = "hibernate.search.";

    @Bean
    HibernatePropertiesCustomizer searchBackend(SearchProperties search) {
        return properties -> {
            properties.put(PREFIX + "indexing.plan.synchronization.strategy", "async");
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
