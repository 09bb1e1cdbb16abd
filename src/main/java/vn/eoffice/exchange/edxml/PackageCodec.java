package vn.eoffice.exchange.edxml;

import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds signed edXML packages and reads received ones. Reading is hardened: size limit first, then a parser
 * without DTDs or external entities, then the sender's signature against its registered certificate, and only then
 * the fields, each checked (strict dates, DocumentId form). Anything wrong is a {@link PackageRejected}.
 */
public final class PackageCodec {

    public static final String NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016";

    private final long maxPackageSize;

    public PackageCodec(long maxPackageSize) {
        this.maxPackageSize = maxPackageSize;
    }

    public byte[] write(EdxmlDocument document, SigningKey key) {
        return PackageWriter.write(document, key);
    }

    public byte[] write(EdxmlStatus status, SigningKey key) {
        return PackageWriter.write(status, key);
    }

    /**
     * Reads and verifies a received package. {@code certificateOf} gives the registered certificate of an OrganId
     * (empty: unknown sender).
     */
    public ParsedPackage read(byte[] bytes, Function<String, Optional<X509Certificate>> certificateOf) {
        return PackageReader.read(bytes, maxPackageSize, certificateOf);
    }
}
