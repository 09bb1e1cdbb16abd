package vn.eoffice.exchange;

import java.time.Instant;

/**
 * A peer installation (đơn vị kết nối) as its administrator sees it: the agency's identifier code, name, receiving
 * address, certificate and whether packages go to it, with the version an edit must name.
 */
public record PeerView(Long id, long version, String organId, String name, String endpointUrl, String certificatePem,
        String certificateSubject, Instant certificateExpiresAt, boolean enabled, Instant updatedAt) {

    static PeerView of(Peer peer) {
        return new PeerView(peer.getId(), peer.getVersion(), peer.getOrganId(), peer.getName(), peer.getEndpointUrl(),
                peer.getCertificatePem(), peer.getCertificateSubject(), peer.getCertificateExpiresAt(),
                peer.isEnabled(), peer.getUpdatedAt());
    }
}
