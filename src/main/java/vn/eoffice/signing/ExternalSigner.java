package vn.eoffice.signing;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A signing device seen from eOffice: the SHA-256 digest of the PDF's signed byte range goes in, a detached CMS
 * signature (ETSI.CAdES.detached) comes out. Local PKCS#12 keys, USB-token plug-ins and remote-signing services are
 * adapters of this interface.
 */
public interface ExternalSigner {

    /** The signer's certificate first, then the issuers the signature should carry. */
    List<X509Certificate> certificateChain();

    /** A DER-encoded CMS SignedData without content, over the given SHA-256 digest. */
    byte[] sign(byte[] sha256Digest);
}
