package vn.eoffice.files;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.eoffice.files.inspect.ContentInspector;
import vn.eoffice.files.store.BinaryStore;
import vn.eoffice.files.store.LocalBinaryStore;
import vn.eoffice.files.store.S3BinaryStore;
import vn.eoffice.files.text.TextExtractor;

/**
 * Chooses the blob store from {@code eoffice.files.store}. Async listeners run text extraction off the request thread.
 */
@Configuration(proxyBeanMethods = false)
class FilesConfiguration {

    @Bean
    BinaryStore binaryStore(FilesProperties properties) {
        return switch (properties.store()) {
            case LOCAL -> new LocalBinaryStore(properties.localRoot());
            case S3 -> {
                var s3 = properties.s3();
                yield S3BinaryStore.connect(s3.endpoint(), s3.region(), s3.bucket(), s3.accessKey(), s3.secretKey(),
                        s3.pathStyle());
            }
        };
    }

    @Bean
    ContentInspector contentInspector(FilesProperties properties) {
        return new ContentInspector(properties.maxZipEntries(), properties.maxZipExpandedSize().toBytes());
    }

    @Bean
    TextExtractor textExtractor() {
        return new TextExtractor();
    }
}
