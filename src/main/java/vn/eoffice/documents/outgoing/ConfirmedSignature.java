package vn.eoffice.documents.outgoing;

import org.springframework.stereotype.Component;

/** The signer confirms having signed; nothing is added to the file. */
@Component
class ConfirmedSignature implements SignatureProvider {

    @Override
    public Long sign(Long documentId, Long fileId, Long signerId) {
        return fileId;
    }
}
