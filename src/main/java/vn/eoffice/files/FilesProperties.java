package vn.eoffice.files;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where blobs are kept, how large an upload (and what it expands to) may be, and how many threads extract text
 * in the background (kept low so that a burst of uploads never starves the requests of CPU).
 */
@ConfigurationProperties("eoffice.files")
record FilesProperties(@DefaultValue("local") Store store, @DefaultValue("./data/files") Path localRoot,
        @DefaultValue("50MB") DataSize maxFileSize, @DefaultValue("200") int maxZipEntries,
        @DefaultValue("200MB") DataSize maxZipExpandedSize, @DefaultValue S3 s3,
        @DefaultValue("1") int textExtractionThreads) {

    enum Store {
        LOCAL, S3
    }

    record S3(String endpoint, @DefaultValue("us-east-1") String region, @DefaultValue("eoffice") String bucket,
            String accessKey, String secretKey, @DefaultValue("true") boolean pathStyle) {
    }
}
