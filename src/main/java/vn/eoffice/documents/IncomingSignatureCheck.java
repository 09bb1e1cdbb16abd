package vn.eoffice.documents;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.eoffice.signing.SignatureVerification;

/** Checks the signatures of an incoming document's files once it is registered; the results show on its page. */
@Component
class IncomingSignatureCheck {

    private final Documents documents;
    private final SignatureVerification verification;

    IncomingSignatureCheck(Documents documents, SignatureVerification verification) {
        this.documents = documents;
        this.verification = verification;
    }

    @ApplicationModuleListener
    void on(DocumentRegistered event) {
        documents.findById(event.documentId()).ifPresent(document -> document.getFiles()
                .forEach(file -> verification.check(file.fileId(), null)));
    }
}
