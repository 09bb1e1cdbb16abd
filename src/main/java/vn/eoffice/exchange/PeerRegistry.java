package vn.eoffice.exchange;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;

/**
 * The registry of agencies reachable by exchange (OrganId → endpoint and certificate), managed by administrators;
 * also this installation's own certificate and receive address, to give to peers.
 */
@Service
@Transactional
public class PeerRegistry {

    private final Peers peers;
    private final AgencyKeys keys;
    private final ExchangeProperties properties;
    private final AuditLog audit;
    private final Clock clock;
    private final Routes routes;

    PeerRegistry(Peers peers, AgencyKeys keys, ExchangeProperties properties, AuditLog audit, Clock clock,
            Routes routes) {
        this.peers = peers;
        this.routes = routes;
        this.keys = keys;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PeerView> list(CurrentUser admin) {
        requireAdmin(admin);
        return peers.findAllByOrderByNameAsc().stream().map(PeerView::of).toList();
    }

    @Transactional(readOnly = true)
    public PeerView get(CurrentUser admin, Long id) {
        requireAdmin(admin);
        return peers.findById(id).map(PeerView::of).orElseThrow(() -> new NotFoundException("peer " + id));
    }

    /** Registers a peer; {@code certificate} is PEM or DER. */
    public PeerView register(CurrentUser admin, String organId, String name, String endpointUrl, byte[] certificate,
            boolean enabled) {
        requireAdmin(admin);
        if (certificate == null || certificate.length == 0) {
            throw new DomainException("exchange.peer.certificate.required");
        }
        String code = organId.trim();
        if (peers.findByOrganId(code).isPresent()) {
            throw new DomainException("exchange.peer.organId.taken");
        }
        var peer = peers.save(new Peer(code, name, checkedUrl(endpointUrl), Peer.parse(certificate), enabled,
                Instant.now(clock)));
        routes.forget();
        audit.record("EXCHANGE_PEER_CREATED", "EXCHANGE_PEER", peer.getId(), code + " " + peer.getEndpointUrl());
        return PeerView.of(peer);
    }

    /** Updates a peer; an empty certificate keeps the current one. */
    public PeerView update(CurrentUser admin, Long id, long version, String name, String endpointUrl, byte[] certificate,
            boolean enabled) {
        requireAdmin(admin);
        var peer = peers.findById(id).orElseThrow(() -> new NotFoundException("peer " + id));
        if (peer.getVersion() != version) {
            throw new OptimisticLockingFailureException("peer changed");
        }
        X509Certificate replaced = certificate == null || certificate.length == 0 ? null : Peer.parse(certificate);
        peer.update(name, checkedUrl(endpointUrl), replaced, enabled, Instant.now(clock));
        routes.forget();
        audit.record("EXCHANGE_PEER_UPDATED", "EXCHANGE_PEER", id, peer.getOrganId() + " " + peer.getEndpointUrl()
                + (replaced == null ? "" : ", new certificate") + (enabled ? "" : ", disabled"));
        peers.flush(); // the view carries the version the change gave the peer
        return PeerView.of(peer);
    }

    /** This installation's certificate (PEM) to hand to peers. */
    @Transactional(readOnly = true)
    public String ownCertificatePem() {
        return Peer.pem(keys.certificate());
    }

    public String ownReceiveUrl() {
        return properties.receiveUrl();
    }

    private static String checkedUrl(String url) {
        String value = url == null ? "" : url.trim();
        if (!value.matches("(?i)https?://[^\\s]+")) {
            throw new DomainException("exchange.peer.endpoint.invalid");
        }
        return value;
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("administrators manage exchange peers");
        }
    }
}
