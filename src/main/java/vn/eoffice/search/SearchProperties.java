package vn.eoffice.search;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the index lives: embedded Lucene in a directory (default), in memory (tests), or an OpenSearch/Elasticsearch
 * cluster. Switching is configuration only; run a re-index after switching.
 */
@ConfigurationProperties("eoffice.search")
record SearchProperties(@DefaultValue("lucene") Backend backend, @DefaultValue("./data/index") Path indexDirectory,
        @DefaultValue("local-filesystem") String directoryType, @DefaultValue Cluster cluster) {

    enum Backend {
        LUCENE, ELASTICSEARCH
    }

    /** The cluster's addresses (comma-separated, e.g. https://search.local:9200) and credentials. */
    record Cluster(@DefaultValue("http://localhost:9200") String uris, String username, String password) {
    }
}
