package vn.eoffice.exchange;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.eoffice.organization.AgencySummary;
import vn.eoffice.organization.OrganizationDirectory;

/**
 * Finds how to reach an OrganId and whose certificate its packages carry. A registered peer wins over an agency
 * hosted here (two installations may hold the same demo agencies); an agency hosted here is reached in-process and
 * signs with this installation's key.
 * <p>
 * Every package asks several times, so what is known of an OrganId is kept for a few seconds: a peer changed on this
 * node is forgotten when the change commits, one changed on another node of the cluster within {@link #KEPT_NANOS}.
 */
@Component
class Routes {

    static final long KEPT_NANOS = TimeUnit.SECONDS.toNanos(5);
    /** OrganIds come from packages, which anyone may send: the cache cannot grow without bound. */
    private static final int MOST_KEPT = 10_000;

    private final Peers peers;
    private final OrganizationDirectory organization;
    private final AgencyKeys keys;
    private final Clock clock;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    /** A registered peer as routing needs it (its certificate parsed once). */
    private record PeerRoute(boolean enabled, String endpointUrl, X509Certificate certificate) {
    }

    private record Known(Optional<PeerRoute> peer, Optional<AgencySummary> hosted, long until) {
    }

    Routes(Peers peers, OrganizationDirectory organization, AgencyKeys keys, Clock clock) {
        this.peers = peers;
        this.organization = organization;
        this.keys = keys;
        this.clock = clock;
    }

    Optional<Destination> destination(String organId) {
        var peer = known(organId).peer().filter(PeerRoute::enabled);
        if (peer.isPresent()) {
            return Optional.of(new Destination(organId, peer.get().endpointUrl(), peer.get().certificate(), false));
        }
        return hostedAgency(organId).map(agency -> new Destination(organId, null, keys.certificate(), true));
    }

    Optional<X509Certificate> certificateOf(String organId) {
        var peer = known(organId).peer();
        if (peer.isPresent()) {
            return peer.filter(PeerRoute::enabled).map(PeerRoute::certificate);
        }
        return hostedAgency(organId).map(agency -> keys.certificate());
    }

    boolean reachable(String organId) {
        if (organId == null || organId.isBlank()) {
            return false;
        }
        var peer = known(organId).peer();
        return peer.isPresent() ? peer.get().enabled() : hostedAgency(organId).isPresent();
    }

    /** An agency hosted here and in force today: one merged, split or dissolved receives nothing any more. */
    Optional<AgencySummary> hostedAgency(String organId) {
        if (organId == null || organId.isBlank()) {
            return Optional.empty();
        }
        return known(organId).hosted().filter(agency -> agency.inForceOn(LocalDate.now(clock)));
    }

    /** The receiving agency of a package: hosted here and not shadowed by a peer of the same OrganId. */
    Optional<AgencySummary> receivingAgency(String organId) {
        if (organId == null || organId.isBlank() || known(organId).peer().isPresent()) {
            return Optional.empty();
        }
        return hostedAgency(organId);
    }

    /** A peer was registered or changed: forget what is known now, and again once the change has committed. */
    void forget() {
        known.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    known.clear();
                }
            });
        }
    }

    private Known known(String organId) {
        long now = System.nanoTime();
        var kept = known.get(organId);
        if (kept != null && now - kept.until() < 0) {
            return kept;
        }
        var fresh = new Known(
                peers.findByOrganId(organId).map(p -> new PeerRoute(p.isEnabled(), p.getEndpointUrl(), p.certificate())),
                organization.agencyByIdentifierCode(organId).filter(AgencySummary::hosted), now + KEPT_NANOS);
        if (known.size() >= MOST_KEPT) {
            known.clear();
        }
        known.put(organId, fresh);
        return fresh;
    }
}
