package vn.eoffice.documents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.platform.BackgroundWork;
import vn.eoffice.signing.SignatureVerification;

/**
 * Checks the signatures of an incoming document's files once it is registered; the results show on its page, where
 * anyone who sees the document can also check again.
 */
@Component
class IncomingSignatureCheck {

    /** How far back a start looks for files registered without a check: a crash, or a long outage, before it. */
    static final Duration CATCH_UP = Duration.ofDays(7);

    private static final Logger log = LoggerFactory.getLogger(IncomingSignatureCheck.class);
    private static final int BATCH = 500;

    private final Documents documents;
    private final SignatureVerification verification;
    private final TransactionTemplate transaction;
    private final Clock clock;

    IncomingSignatureCheck(Documents documents, SignatureVerification verification,
            PlatformTransactionManager transactions, Clock clock) {
        this.documents = documents;
        this.verification = verification;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /*
     * After completion, not after commit: Spring Modulith keeps a publication record for every after-commit listener
     * (an insert and two updates, each with its commit, per registration). A check lost in a crash is made by
     * catchUp() at the next start; after a rollback there is no document to check.
     */
    @Async(BackgroundWork.EXECUTOR)
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION)
    void on(DocumentRegistered event) {
        transaction.executeWithoutResult(status -> documents.fileIdsOf(event.documentId())
                .forEach(fileId -> verification.check(fileId, null)));
    }

    @Async(BackgroundWork.EXECUTOR)
    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        int checked = catchUp();
        if (checked > 0) {
            log.info("Checked the signatures of {} incoming files registered without a check", checked);
        }
    }

    /** Checks the files of incoming documents registered recently that have no check yet; returns how many. */
    int catchUp() {
        List<Long> recent = transaction.execute(status -> documents.fileIdsCreatedSince(Direction.INCOMING,
                Instant.now(clock).minus(CATCH_UP))).stream().distinct().toList();
        int count = 0;
        for (int from = 0; from < recent.size(); from += BATCH) {
            var batch = recent.subList(from, Math.min(recent.size(), from + BATCH));
            var checked = verification.latest(batch).keySet();
            for (Long fileId : batch.stream().filter(fileId -> !checked.contains(fileId)).toList()) {
                transaction.executeWithoutResult(status -> verification.check(fileId, null));
                count++;
            }
        }
        return count;
    }
}
