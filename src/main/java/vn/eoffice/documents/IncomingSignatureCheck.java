package vn.eoffice.documents;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.eoffice.platform.BackgroundWork;
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

    /** As {@code @ApplicationModuleListener} (after commit, in the publication registry), on the background pool. */
    @Async(BackgroundWork.EXECUTOR)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @TransactionalEventListener
    void on(DocumentRegistered event) {
        documents.findById(event.documentId()).ifPresent(document -> document.getFiles()
                .forEach(file -> verification.check(file.fileId(), null)));
    }
}
