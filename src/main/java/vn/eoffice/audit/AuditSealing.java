package vn.eoffice.audit;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals committed audit lines into the hash chain, oldest first, in batches. Writers never wait for the chain: they
 * insert their line with their change and go on; this step, run every {@code eoffice.audit.seal-interval-ms} on every
 * node, takes the chain head's lock, numbers the lines that have committed since and links their hashes. Two nodes
 * sealing at once queue on the head row; the second finds nothing left or goes on after the first.
 */
@Component
class AuditSealing {

    static final int BATCH = 1000;

    private final AuditEntries entries;
    private final ChainHeads heads;
    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    AuditSealing(AuditEntries entries, ChainHeads heads, EntityManager entityManager, JdbcTemplate jdbc,
            PlatformTransactionManager transactions) {
        this.entries = entries;
        this.heads = heads;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${eoffice.audit.seal-interval-ms:500}", initialDelay = 1000)
    void sealCommitted() {
        seal();
    }

    /** Seals every line committed so far; returns how many. */
    int seal() {
        int sealed = 0;
        int batch;
        do {
            batch = transaction.execute(status -> sealBatch());
            sealed += batch;
        } while (batch == BATCH);
        return sealed;
    }

    private int sealBatch() {
        ChainHead head = heads.lockHead().orElseThrow(() -> new IllegalStateException("audit chain head missing"));
        List<AuditEntry> unsealed = entries.findUnsealed(PageRequest.of(0, BATCH));
        if (unsealed.isEmpty()) {
            return 0;
        }
        var seals = new ArrayList<Object[]>(unsealed.size());
        for (AuditEntry entry : unsealed) {
            entityManager.detach(entry);
            entry.seal(head.lastSeq() + 1, head.lastHash());
            head.advance(entry);
            seals.add(new Object[] { entry.seq(), entry.previousHash(), entry.hash(), entry.id() });
        }
        int[][] counts = jdbc.batchUpdate(
                "update audit_entry set seq = ?, previous_hash = ?, hash = ? where id = ? and seq is null", seals,
                seals.size(), (statement, seal) -> {
                    for (int i = 0; i < seal.length; i++) {
                        statement.setObject(i + 1, seal[i]);
                    }
                });
        for (int[] chunk : counts) {
            for (int count : chunk) {
                if (count == 0) {
                    // sealed by someone else meanwhile: the head lock makes this impossible, so refuse to go on
                    throw new IllegalStateException("audit line sealed twice");
                }
            }
        }
        return unsealed.size();
    }
}
