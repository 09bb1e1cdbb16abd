package vn.eoffice.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that holds the end of the chain; locking it serialises appends across threads and nodes.
 */
@Entity
@Table(name = "audit_chain_head")
class ChainHead {

    static final String GENESIS = "0".repeat(64);

    @Id
    private Integer id;
    private long lastSeq;
    private String lastHash;

    protected ChainHead() {
    }

    long lastSeq() { return lastSeq; }
    String lastHash() { return lastHash; }

    void advance(AuditEntry entry) {
        this.lastSeq = entry.seq();
        this.lastHash = entry.hash();
    }
}
