package vn.eoffice.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.eoffice.platform.Actor;

/**
 * The audit log's facade. {@link #record} joins the caller's transaction and fails without one, so a change and its
 * audit line commit or roll back together; refused and failed attempts are kept with {@link #recordAttempt}.
 * <p>
 * The lines of a transaction are appended to the chain just before it commits, after its other changes are flushed:
 * the chain head, one row locked by every audited transaction of every node, is then held only for the append and
 * the commit, not for the rest of the transaction's work.
 */
@Service
public class AuditLog {

    private static final int DETAILS_MAX = 2000;

    private final AuditEntries entries;
    private final ChainHeads heads;
    private final EntityManager entityManager;
    private final Clock clock;

    AuditLog(AuditEntries entries, ChainHeads heads, EntityManager entityManager, Clock clock) {
        this.entries = entries;
        this.heads = heads;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Records a successful change made by the current actor, inside the change's own transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String objectType, Object objectId, String details) {
        defer(currentActor(), action, objectType, objectId, details, Outcome.SUCCESS);
    }

    /** Records an attempt that was refused or failed; commits on its own so the caller's rollback keeps it. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAttempt(String action, String objectType, Object objectId, String details, Outcome outcome) {
        defer(currentActor(), action, objectType, objectId, details, outcome);
    }

    /** Records an event for a named person who is not (yet) signed in, e.g. a login attempt. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFor(Long userId, String username, String action, String details, Outcome outcome) {
        defer(new Who(userId, username, null), action, "USER", userId, details, outcome);
    }

    @Transactional(readOnly = true)
    public Page<AuditEntry> find(AuditQuery query, Pageable pageable) {
        var sorted = org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Direction.DESC, "seq"));
        return entries.findAll(query.toSpecification(), sorted);
    }

    /** Walks the whole chain in order and reports the first line whose link or content does not hold. */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        String expectedPrevious = ChainHead.GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        try (var stream = entries.streamInOrder()) {
            for (Iterator<AuditEntry> it = stream.iterator(); it.hasNext();) {
                AuditEntry entry = it.next();
                if (entry.seq() != expectedSeq) {
                    return ChainVerification.broken(checked, expectedSeq, "missing");
                }
                if (!entry.previousHash().equals(expectedPrevious)) {
                    return ChainVerification.broken(checked, entry.seq(), "link");
                }
                if (!entry.computeHash().equals(entry.hash())) {
                    return ChainVerification.broken(checked, entry.seq(), "content");
                }
                expectedPrevious = entry.hash();
                expectedSeq++;
                checked++;
                entityManager.detach(entry);
            }
        }
        var head = heads.findById(1).orElseThrow();
        if (head.lastSeq() != checked || !head.lastHash().equals(expectedPrevious)) {
            return ChainVerification.broken(checked, checked + 1, "truncated");
        }
        return ChainVerification.ok(checked);
    }

    /** Keeps the line with the current transaction, which appends it when it commits (and forgets it if not). */
    private void defer(Who who, String action, String objectType, Object objectId, String details,
            Outcome outcome) {
        var line = new Line(who, action, objectType, objectId == null ? null : objectId.toString(), truncate(details),
                remoteAddress(), outcome);
        var appender = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(AppendBeforeCommit.class::isInstance).map(AppendBeforeCommit.class::cast).findFirst()
                .orElseGet(this::appendBeforeCommit);
        if (appender.appended) {
            // recorded by another before-commit step that ran after the append: append it at once
            appender.append(List.of(line));
        } else {
            appender.lines.add(line);
        }
    }

    private AppendBeforeCommit appendBeforeCommit() {
        var appender = new AppendBeforeCommit();
        TransactionSynchronizationManager.registerSynchronization(appender);
        return appender;
    }

    /** The transaction's lines, appended after its own changes are flushed, then the head lock to the commit. */
    private final class AppendBeforeCommit implements TransactionSynchronization {

        private final List<Line> lines = new ArrayList<>();
        private boolean appended;

        @Override
        public void beforeCommit(boolean readOnly) {
            entityManager.flush();
            append(lines);
            appended = true;
        }

        void append(List<Line> toAppend) {
            ChainHead head = heads.lockHead().orElseThrow(() -> new IllegalStateException("audit chain head missing"));
            Instant now = Instant.now(clock);
            for (Line line : toAppend) {
                var entry = new AuditEntry(head.lastSeq() + 1, now, line.who().userId(), line.who().username(),
                        line.who().actingFor(), line.action(), line.objectType(), line.objectId(), line.details(),
                        line.remoteAddress(), line.outcome(), head.lastHash());
                entries.save(entry);
                head.advance(entry);
            }
            entityManager.flush();
        }
    }

    private record Line(Who who, String action, String objectType, String objectId, String details,
            String remoteAddress, Outcome outcome) {
    }

    private static String truncate(String details) {
        return details == null || details.length() <= DETAILS_MAX ? details : details.substring(0, DETAILS_MAX);
    }

    private static Who currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
            return new Who(actor.userId(), actor.username(), actor.actingFor());
        }
        return new Who(null, authentication == null ? "system" : authentication.getName(), null);
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }

    private record Who(Long userId, String username, String actingFor) {
    }
}
