package vn.eoffice.exchange;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
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
 * Sends due outbox entries. Each node claims entries one by one with a conditional UPDATE (claimed_by, claimed
 * until), so several nodes share the work and never send the same entry at the same time; a claim left by a node
 * that died expires after {@code claim-for}. New entries wake the dispatcher after their commit; a poll every
 * {@code poll-interval} picks up retries that came due.
 */
@Component
class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final OutboxEntries entries;
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
    private final AtomicBoolean pollQueued = new AtomicBoolean();
    private volatile boolean stopped;

    Dispatcher(OutboxEntries entries, Outbox outbox, PackageAssembler assembler, Routes routes,
            List<ExchangeTransport> transports, GiveUpAlerts alerts, ExchangeProperties properties,
            PlatformTransactionManager transactions, Clock clock) {
        this.entries = entries;
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
                int free = slots.availablePermits();
                if (free == 0) {
                    return;
                }
                var now = Instant.now(clock);
                List<Long> due = transaction.execute(s -> entries.due(now, PageRequest.of(0, free)));
                int taken = 0;
                for (Long id : due) {
                    if (!slots.tryAcquire()) {
                        return;
                    }
                    if (claim(id)) {
                        taken++;
                        senders.execute(() -> {
                            try {
                                deliver(id);
                            } finally {
                                slots.release();
                                wake();
                            }
                        });
                    } else {
                        slots.release();
                    }
                }
                if (due.size() < free || taken == 0) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            if (!stopped) {
                log.warn("exchange dispatch failed: {}", e.toString());
            }
        }
    }

    private boolean claim(Long id) {
        var now = Instant.now(clock);
        Integer claimed = transaction.execute(s -> entries.claim(id, node, now, now.plus(properties.claimFor())));
        return claimed != null && claimed == 1;
    }

    /** One attempt at one entry; the outcome is written whatever happens. */
    void deliver(Long id) {
        if (stopped) {
            return;
        }
        try {
            var entry = transaction.execute(s -> entries.findById(id).orElseThrow());
            byte[] payload = entry.getPayload();
            if (payload == null) {
                payload = assembler.assemble(entry);
                byte[] built = payload;
                transaction.executeWithoutResult(s -> outbox.storePayload(id, built));
            }
            var destination = routes.destination(entry.getRecipientOrganId())
                    .orElseThrow(() -> new java.io.IOException("no route to " + entry.getRecipientOrganId()));
            var transport = transports.stream().filter(t -> t.supports(destination)).findFirst()
                    .orElseThrow(() -> new java.io.IOException("no transport for " + destination.endpoint()));
            var acknowledgement = transport.send(destination, payload);
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
