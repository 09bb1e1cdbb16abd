package vn.eoffice.exchange;

import java.security.cert.X509Certificate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.eoffice.organization.AgencySummary;
import vn.eoffice.organization.OrganizationDirectory;

/**
 * Finds how to reach an OrganId and whose certificate its packages carry. A registered peer wins over an agency
 * hosted here (two installations may hold the same demo agencies); an agency hosted here is reached in-process and
 * signs with this installation's key.
 */
@Component
class Routes {

    private final Peers peers;
    private final OrganizationDirectory organization;
    private final AgencyKeys keys;

    Routes(Peers peers, OrganizationDirectory organization, AgencyKeys keys) {
        this.peers = peers;
        this.organization = organization;
        this.keys = keys;
    }

    Optional<Destination> destination(String organId) {
        var peer = peers.findByOrganId(organId).filter(Peer::isEnabled);
        if (peer.isPresent()) {
            return Optional.of(new Destination(organId, peer.get().getEndpointUrl(), peer.get().certificate(), false));
        }
        return hostedAgency(organId).map(agency -> new Destination(organId, null, keys.certificate(), true));
    }

    Optional<X509Certificate> certificateOf(String organId) {
        var peer = peers.findByOrganId(organId);
        if (peer.isPresent()) {
            return peer.filter(Peer::isEnabled).map(Peer::certificate);
        }
        return hostedAgency(organId).map(agency -> keys.certificate());
    }

    boolean reachable(String organId) {
        if (organId == null || organId.isBlank()) {
            return false;
        }
        var peer = peers.findByOrganId(organId);
        return peer.isPresent() ? peer.get().isEnabled() : hostedAgency(organId).isPresent();
    }

    Optional<AgencySummary> hostedAgency(String organId) {
        if (organId == null || organId.isBlank()) {
            return Optional.empty();
        }
        return organization.agencyByIdentifierCode(organId).filter(AgencySummary::hosted);
    }

    /** The receiving agency of a package: hosted here and not shadowed by a peer of the same OrganId. */
    Optional<AgencySummary> receivingAgency(String organId) {
        if (peers.findByOrganId(organId).isPresent()) {
            return Optional.empty();
        }
        return hostedAgency(organId);
    }
}
