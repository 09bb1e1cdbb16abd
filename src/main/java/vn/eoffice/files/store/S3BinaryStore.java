package vn.eoffice.files.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.NoSuchFileException;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Blobs in an S3-compatible bucket (AWS, MinIO, Ceph RGW). A PUT of an object is atomic in S3, so a reader never
 * sees a partial blob; identical content is uploaded once because the key is the hash.
 */
public class S3BinaryStore implements BinaryStore, AutoCloseable {

    private final S3Client client;
    private final String bucket;

    public S3BinaryStore(S3Client client, String bucket) {
        this.client = client;
        this.bucket = bucket;
    }

    /**
     * Builds a client for the given endpoint (empty: AWS itself). Checksums are only sent when an operation requires
     * them, because several MinIO and Ceph releases reject the newer default trailing checksums.
     */
    public static S3BinaryStore connect(String endpoint, String region, String bucket, String accessKey,
            String secretKey, boolean pathStyle) {
        var builder = S3Client.builder()
                .region(Region.of(region))
                .forcePathStyle(pathStyle)
                .credentialsProvider(credentials(accessKey, secretKey))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return new S3BinaryStore(builder.build(), bucket);
    }

    private static AwsCredentialsProvider credentials(String accessKey, String secretKey) {
        if (accessKey == null || accessKey.isBlank()) {
            return DefaultCredentialsProvider.builder().build();
        }
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey));
    }

    @Override
    public void put(String sha256, InputStream content, long size) throws IOException {
        if (exists(sha256)) {
            return;
        }
        try {
            client.putObject(request -> request.bucket(bucket).key(BinaryStore.key(sha256)),
                    RequestBody.fromInputStream(content, size));
        } catch (S3Exception e) {
            throw new IOException("S3 refused blob " + sha256, e);
        }
    }

    @Override
    public InputStream get(String sha256) throws IOException {
        try {
            return client.getObject(request -> request.bucket(bucket).key(BinaryStore.key(sha256)));
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(BinaryStore.key(sha256));
        } catch (S3Exception e) {
            throw new IOException("S3 could not read blob " + sha256, e);
        }
    }

    @Override
    public boolean exists(String sha256) throws IOException {
        try {
            client.headObject(request -> request.bucket(bucket).key(BinaryStore.key(sha256)));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw new IOException("S3 could not check blob " + sha256, e);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
