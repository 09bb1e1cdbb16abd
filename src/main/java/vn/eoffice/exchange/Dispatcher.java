package vn.eoffice.exchange;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due outbox entries. Each node claims a batch of them with a conditional UPDATE (claimed_by, claimed
 * until), so several nodes share the work and never send the same entry at the same time; a claim left by a node
 * that died expires after {@code claim-for}. New entries wake the dispatcher after their commit; a poll every
 * {@code poll-interval} picks up retries that came due.
 */
@Component
class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final OutboxEntries entries;
    private final SignedPackages packages;
    private final Outbox outbox;
    private final PackageAssembler assembler;
    private final Routes routes;
    private final List<ExchangeTransport> transports;
    private final GiveUpAlerts alerts;
    private final ExchangeProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String node;
    private final ExecutorService poller;
    private final ExecutorService senders;
    private final Semaphore slots;
    private final int refill;
    private final AtomicBoolean pollQueued = new AtomicBoolean();
    private volatile boolean stopped;
    /** Read and written by the poller thread only. */
    private Instant lastClaimExpiry = Instant.EPOCH;

    Dispatcher(OutboxEntries entries, SignedPackages packages, Outbox outbox, PackageAssembler assembler, Routes routes,
            List<ExchangeTransport> transports, GiveUpAlerts alerts, ExchangeProperties properties,
            PlatformTransactionManager transactions, Clock clock) {
        this.entries = entries;
        this.packages = packages;
        this.outbox = outbox;
        this.assembler = assembler;
        this.routes = routes;
        this.transports = transports;
        this.alerts = alerts;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.node = hostName() + "/" + UUID.randomUUID().toString().substring(0, 8);
        var counter = new AtomicInteger();
        this.poller = Executors.newSingleThreadExecutor(r -> daemon(r, "exchange-poller"));
        this.senders = Executors.newFixedThreadPool(Math.max(1, properties.senders()),
                r -> daemon(r, "exchange-sender-" + counter.incrementAndGet()));
        this.slots = new Semaphore(Math.max(1, properties.senders()) * 2);
        this.refill = Math.max(1, properties.senders());
    }

    @Scheduled(initialDelayString = "${eoffice.exchange.poll-interval:2s}",
            fixedDelayString = "${eoffice.exchange.poll-interval:2s}")
    void poll() {
        wake();
    }

    /** A plain listener (not a transactional one, which the event registry would persist): waits for the commit. */
    @EventListener
    void on(OutboxWritten event) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake();
                }
            });
        } else {
            wake();
        }
    }

    void wake() {
        if (stopped || !properties.dispatcherEnabled()) {
            return;
        }
        if (pollQueued.compareAndSet(false, true)) {
            try {
                poller.execute(this::dispatchDue);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                pollQueued.set(false);
            }
        }
    }

    private void dispatchDue() {
        pollQueued.set(false);
        try {
            while (!stopped) {
                // only this thread takes slots (the senders give them back), so the drained count stays ours
                int free = slots.drainPermits();
                if (free == 0) {
                    return;
                }
                List<Long> claimed = List.of();
                try {
                    claimed = claimDue(free);
                } finally {
                    slots.release(free - claimed.size());
                }
                for (Long id : claimed) {
                    senders.execute(() -> {
                        try {
                            deliver(id);
                        } finally {
                            slots.release();
                            // refill half the slots at a time: one claim transaction for as many entries as there
                            // are senders, while the other half keeps every sender busy
                            if (slots.availablePermits() >= refill) {
                                wake();
                            }
                        }
                    });
                }
                if (claimed.size() < free) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            if (!stopped) {
                log.warn("exchange dispatch failed: {}", e.toString());
            }
        }
    }

    /**
     * Claims up to {@code limit} due entries in one transaction: one conditional UPDATE over the due ids, then the
     * ids that carry this claim (this node and this claim's expiry, unique per claim) are the ones won.
     */
    private List<Long> claimDue(int limit) {
        var now = Instant.now(clock);
        var until = nextClaimExpiry(now);
        List<Long> claimed = transaction.execute(s -> {
            List<Long> due = entries.due(now, PageRequest.of(0, limit));
            if (due.isEmpty() || entries.claim(due, node, now, until) == 0) {
                return List.of();
            }
            return entries.claimedIds(due, node, until);
        });
        return claimed == null ? List.of() : claimed;
    }

    /** now + claim-for, to the microsecond the databases keep, later than any expiry this node claimed before. */
    private Instant nextClaimExpiry(Instant now) {
        var until = now.plus(properties.claimFor()).truncatedTo(ChronoUnit.MICROS);
        if (!until.isAfter(lastClaimExpiry)) {
            until = lastClaimExpiry.plus(1, ChronoUnit.MICROS);
        }
        lastClaimExpiry = until;
        return until;
    }

    /** One attempt at one entry; the outcome is written whatever happens. */
    void deliver(Long id) {
        if (stopped) {
            return;
        }
        try {
            var loaded = transaction.execute(s -> new Loaded(entries.findById(id).orElseThrow(),
                    packages.find(id).orElse(null)));
            var entry = loaded.entry();
            byte[] signedPackage = loaded.signedPackage();
            if (signedPackage == null) {
                byte[] built = assembler.assemble(entry);
                transaction.executeWithoutResult(s -> packages.store(id, built));
                signedPackage = built;
            }
            var destination = routes.destination(entry.getRecipientOrganId())
                    .orElseThrow(() -> new java.io.IOException("no route to " + entry.getRecipientOrganId()));
            var transport = transports.stream().filter(t -> t.supports(destination)).findFirst()
                    .orElseThrow(() -> new java.io.IOException("no transport for " + destination.endpoint()));
            var acknowledgement = transport.send(destination, signedPackage);
            transaction.executeWithoutResult(s -> outbox.acknowledged(id, acknowledgement));
        } catch (Exception e) {
            if (stopped) {
                return;
            }
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            log.debug("exchange delivery {} failed: {}", id, error);
            try {
                Boolean gaveUp = transaction.execute(s -> outbox.failed(id, error));
                if (Boolean.TRUE.equals(gaveUp)) {
                    alerts.gaveUp(id);
                }
            } catch (RuntimeException again) {
                log.warn("could not record the failed delivery {}: {}", id, again.toString());
            }
        }
    }

    private record Loaded(OutboxEntry entry, byte[] signedPackage) {
    }

    @PreDestroy
    void stop() throws InterruptedException {
        stopped = true;
        poller.shutdownNow();
        senders.shutdown();
        if (!senders.awaitTermination(5, TimeUnit.SECONDS)) {
            senders.shutdownNow();
        }
    }

    private static Thread daemon(Runnable runnable, String name) {
        var thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "node";
        }
    }
}
