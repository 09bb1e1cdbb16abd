package vn.eoffice.documents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import vn.eoffice.platform.Secrecy;

/**
 * What a number needs besides the counter (the register's policy and version, the type, the agency's abbreviation
 * and the term), kept a few seconds so that issuing a number is one locked statement and no reads. A plan is only
 * used through {@link NumberCounters#nextIfCurrent}, which refuses it once the register's version has moved on, so an
 * edited or closed register is never numbered from a stale plan; a renamed agency or type shows within seconds.
 */
@Component
class NumberingPlans {

    static final Duration KEEP = Duration.ofSeconds(10);
    private static final int MAX_PLANS = 1_000;

    private final Map<Key, Kept> plans = new ConcurrentHashMap<>();
    private final Clock clock;

    NumberingPlans(Clock clock) {
        this.clock = clock;
    }

    /** A plan for numbering in this register on this date, made by {@code make} if none is kept or it is too old. */
    Plan get(Long registerId, NumberRequest request, Supplier<Plan> make) {
        var key = new Key(registerId, request.typeCode(), request.secrecy() != null
                && request.secrecy() != Secrecy.NONE, request.date());
        Instant now = Instant.now(clock);
        var kept = plans.get(key);
        if (kept != null && kept.until().isAfter(now)) {
            return kept.plan();
        }
        var plan = make.get();
        if (plans.size() >= MAX_PLANS) {
            plans.clear();
        }
        plans.put(key, new Kept(plan, now.plus(KEEP)));
        return plan;
    }

    void forget(Long registerId) {
        plans.keySet().removeIf(key -> key.registerId().equals(registerId));
    }

    /** The facts a number of one register, type, secrecy and date is made of. */
    record Plan(long registerId, long registerVersion, long agencyId, String seriesKey, String periodKey,
            NumberingPolicy policy,
            boolean writesTypeCode, String typeCode, String agencyAbbreviation) {

        IssuedNumber number(long ordinal, NumberRequest request) {
            return new IssuedNumber(ordinal, policy.render(ordinal, writesTypeCode, typeCode, agencyAbbreviation,
                    request.unitAbbreviation(), request.date()), seriesKey, periodKey);
        }
    }

    private record Key(Long registerId, String typeCode, boolean secret, LocalDate date) {
    }

    private record Kept(Plan plan, Instant until) {
    }
}
