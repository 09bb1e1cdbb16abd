package vn.eoffice.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing without letting anyone lock someone else out: failed logins are counted per account
 * name (as typed, so unknown names count exactly like real ones) and per source address, and past a free allowance
 * each further failure makes the next attempt wait twice as long (1 s, 2 s, 4 s … up to a cap). A waiting attempt is
 * refused at once ({@link LoginThrottledException}); no thread ever sleeps. The counts live in the database, so every
 * node of a cluster sees the same ones. Crossing the alert threshold publishes {@link LoginAttackDetected}, at most
 * once per window for each account name or address.
 */
@Component
class LoginThrottle {

    static final int MAX_NAME = 60;

    private final JdbcTemplate jdbc;
    private final IdentityProperties.Throttle settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LoginThrottle(JdbcTemplate jdbc, IdentityProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.settings = properties.throttle();
        this.events = events;
        this.clock = clock;
    }

    /** How long an attempt for this account name from this address must still wait; empty when it may go ahead. */
    public Optional<Duration> waitFor(String username, String address) {
        var keys = keys(username, address);
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        var now = Instant.now(clock);
        Instant until = null;
        for (var key : keys) {
            var blocked = blockedUntil(key);
            if (blocked != null && blocked.isAfter(now) && (until == null || blocked.isAfter(until))) {
                until = blocked;
            }
        }
        return until == null ? Optional.empty() : Optional.of(Duration.between(now, until));
    }

    /** Counts a failed attempt against the account name (when given) and the address (when known). */
    @Transactional
    public void recordFailure(String username, String address) {
        var now = Instant.now(clock);
        String account = accountKey(username);
        if (account != null) {
            count(account, now, settings.accountFreeFailures(), settings.accountAlertFailures())
                    .ifPresent(failures -> events.publishEvent(
                            LoginAttackDetected.onAccount(typed(username), failures)));
        }
        if (address != null && !address.isBlank()) {
            count(addressKey(address), now, settings.addressFreeFailures(), settings.addressAlertFailures())
                    .ifPresent(failures -> events.publishEvent(LoginAttackDetected.fromAddress(address, failures)));
        }
    }

    /**
     * The right password ends the account's delays; the address keeps its count (or one's own account would wipe
     * the guesses made from the same machine). True when there were failures to forget.
     */
    @Transactional
    public boolean recordSuccess(String username) {
        return forgive(username);
    }

    /** Forgets the account's failures, e.g. when an administrator lifts the delay. True when there were some. */
    @Transactional
    public boolean forgive(String username) {
        String key = accountKey(username);
        return key != null && jdbc.update("delete from login_throttle where throttle_key = ?", key) > 0;
    }

    /** The failures counted against an account name (0 when none or forgotten). */
    public int failures(String username) {
        var found = jdbc.queryForList("select failures from login_throttle where throttle_key = ?", Integer.class,
                accountKey(username));
        return found.isEmpty() ? 0 : found.get(0);
    }

    /** Of these account names, those that must wait now, with the end of their wait. */
    public Map<String, Instant> blockedAccounts(Collection<String> usernames) {
        var now = Instant.now(clock);
        var blocked = new HashMap<String, Instant>();
        for (String username : usernames) {
            var until = blockedUntil(accountKey(username));
            if (until != null && until.isAfter(now)) {
                blocked.put(username, until);
            }
        }
        return blocked;
    }

    /** Rows of names and addresses that stopped failing long ago (guessed names would pile up otherwise). */
    @Scheduled(fixedDelayString = "${eoffice.identity.throttle.cleanup-interval:1h}", initialDelayString = "5m")
    @SchedulerLock(name = "identity.login-throttle", lockAtMostFor = "PT10M")
    void forgetOld() {
        jdbc.update("delete from login_throttle where last_failure_at < ?",
                Timestamp.from(Instant.now(clock).minus(settings.forgetAfter())));
    }

    /** Adds one failure; the failure count when this one crosses the alert threshold for the first time in the window. */
    private Optional<Integer> count(String key, Instant now, int free, int alertAt) {
        jdbc.update("insert into login_throttle (throttle_key, failures, last_failure_at) values (?, 0, ?)"
                + " on conflict do nothing", key, Timestamp.from(now));
        // the update locks the row: concurrent failures are all counted, one after the other
        jdbc.update("update login_throttle set failures = case when last_failure_at < ? then 1 else failures + 1 end,"
                + " last_failure_at = ? where throttle_key = ?",
                Timestamp.from(now.minus(settings.forgetAfter())), Timestamp.from(now), key);
        var row = jdbc.queryForMap("select failures, alerted_at from login_throttle where throttle_key = ?", key);
        int failures = ((Number) row.get("failures")).intValue();
        Instant alertedAt = instant(row.get("alerted_at"));
        Instant blockedUntil = failures >= free ? now.plus(delay(failures - free)) : null;
        boolean alert = failures >= alertAt
                && (alertedAt == null || !alertedAt.isAfter(now.minus(settings.alertWindow())));
        jdbc.update("update login_throttle set blocked_until = ?, alerted_at = ? where throttle_key = ?",
                blockedUntil == null ? null : Timestamp.from(blockedUntil),
                alert ? Timestamp.from(now) : alertedAt == null ? null : Timestamp.from(alertedAt), key);
        return alert ? Optional.of(failures) : Optional.empty();
    }

    /** {@code firstDelay × 2^excess}, capped at {@code maxDelay}. */
    Duration delay(int excess) {
        var delay = settings.firstDelay().multipliedBy(1L << Math.min(excess, 30));
        return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
    }

    private Instant blockedUntil(String key) {
        var found = jdbc.queryForList("select blocked_until from login_throttle where throttle_key = ?", key);
        return found.isEmpty() ? null : instant(found.get(0).get("blocked_until"));
    }

    private static List<String> keys(String username, String address) {
        var keys = new ArrayList<String>(2);
        String account = accountKey(username);
        if (account != null) {
            keys.add(account);
        }
        if (address != null && !address.isBlank()) {
            keys.add(addressKey(address));
        }
        return keys;
    }

    /** The name as typed, for the audit log: trimmed and cut to the longest username. */
    static String typed(String username) {
        String name = username == null ? "" : username.trim();
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    /** The name as the login form would look it up: trimmed, case-insensitive, cut to the longest username. */
    static String name(String username) {
        return typed(username).toLowerCase(Locale.ROOT);
    }

    private static String accountKey(String username) {
        String name = name(username);
        return name.isEmpty() ? null : "account:" + name;
    }

    private static String addressKey(String address) {
        return "address:" + (address.length() > 100 ? address.substring(0, 100) : address);
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return value == null ? null : (Instant) value;
    }
}
