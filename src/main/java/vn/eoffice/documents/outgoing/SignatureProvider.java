package vn.eoffice.documents.outgoing;

/**
 * Signs the approved version of a document for its signer. Today the signer only confirms that the paper was
 * signed; a digital-signature implementation will replace this bean and return the file carrying the signature.
 */
public interface SignatureProvider {

    /** The id of the file that carries the signature (the same file when the signature is only confirmed). */
    Long sign(Long documentId, Long fileId, Long signerId);
}
