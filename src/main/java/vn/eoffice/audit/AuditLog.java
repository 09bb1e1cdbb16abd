package vn.eoffice.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.eoffice.platform.Actor;
import vn.eoffice.platform.Secrecy;

/**
 * The audit log's facade. {@link #record} joins the caller's transaction and fails without one, so a change and its
 * audit line commit or roll back together; refused and failed attempts are kept with {@link #recordAttempt}.
 * <p>
 * A line is written with no lock taken: the hash chain that makes the log tamper-evident is built behind the writers
 * by {@link AuditSealing}, which seals committed lines in order within a second or so. Until then a line is
 * "chờ niêm phong" and {@link #verify} counts it as pending.
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
        write(currentActor(), action, objectType, objectId, details, Outcome.SUCCESS, Secrecy.NONE);
    }

    /**
     * Records a change to a record of the given secrecy: the line, its details included, is shown only to those whose
     * clearance covers it (an administrator without clearance sees no trace of a secret document).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String objectType, Object objectId, String details, Secrecy secrecy) {
        write(currentActor(), action, objectType, objectId, details, Outcome.SUCCESS, secrecy);
    }

    /** Records an attempt that was refused or failed; commits on its own so the caller's rollback keeps it. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAttempt(String action, String objectType, Object objectId, String details, Outcome outcome) {
        write(currentActor(), action, objectType, objectId, details, outcome, Secrecy.NONE);
    }

    /** Records an event for a named person who is not (yet) signed in, e.g. a login attempt. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFor(Long userId, String username, String action, String details, Outcome outcome) {
        write(new Who(userId, username, null), action, "USER", userId, details, outcome, Secrecy.NONE);
    }

    /** The lines that match, newest first, among those the current actor's clearance covers. */
    @Transactional(readOnly = true)
    public Page<AuditLine> find(AuditQuery query, Pageable pageable) {
        var sorted = org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Direction.DESC, "id"));
        var clearance = currentClearance();
        var known = java.util.Arrays.stream(Secrecy.values()).filter(clearance::covers).toList();
        Specification<AuditEntry> cleared = (root, q, cb) -> root.get("secrecy").in(known);
        return entries.findAll(query.toSpecification().and(cleared), sorted).map(AuditLine::of);
    }

    /**
     * Walks the sealed chain in order up to the chain head and reports the first line whose link or content does not
     * hold, and how many committed lines still wait for their seal. Lines sealed after the head was read are checked
     * by the next verification.
     */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        String expectedPrevious = ChainHead.GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        long pending = entries.countBySeqIsNull();
        // the head first: a sealing round commits its lines with the head, so every line up to the head read here is
        // committed, while lines sealed during the walk would otherwise make a whole chain look truncated
        var head = heads.findById(1).orElseThrow();
        try (var stream = entries.streamInOrderUpTo(head.lastSeq())) {
            for (Iterator<AuditEntry> it = stream.iterator(); it.hasNext();) {
                AuditEntry entry = it.next();
                if (entry.seq() != expectedSeq) {
                    return ChainVerification.broken(checked, expectedSeq, "missing", pending);
                }
                if (!entry.previousHash().equals(expectedPrevious)) {
                    return ChainVerification.broken(checked, entry.seq(), "link", pending);
                }
                if (!entry.computeHash().equals(entry.hash())) {
                    return ChainVerification.broken(checked, entry.seq(), "content", pending);
                }
                expectedPrevious = entry.hash();
                expectedSeq++;
                checked++;
                entityManager.detach(entry);
            }
        }
        if (head.lastSeq() != checked || !head.lastHash().equals(expectedPrevious)) {
            return ChainVerification.broken(checked, checked + 1, "truncated", pending);
        }
        return ChainVerification.ok(checked, pending);
    }

    private void write(Who who, String action, String objectType, Object objectId, String details,
            Outcome outcome, Secrecy secrecy) {
        entries.save(new AuditEntry(Instant.now(clock), who.userId(), who.username(), who.actingFor(), action,
                objectType, objectId == null ? null : objectId.toString(), truncate(details), remoteAddress(),
                outcome, secrecy));
    }

    private static Secrecy currentClearance() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Actor actor
                ? actor.clearance() : Secrecy.NONE;
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
