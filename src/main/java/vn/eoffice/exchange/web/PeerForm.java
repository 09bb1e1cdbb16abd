package vn.eoffice.exchange.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.eoffice.exchange.PeerView;

/** A peer as the administrator edits it; the certificate comes as an uploaded file. */
record PeerForm(
        @NotBlank(message = "{exchange.peer.organId.required}") @Size(max = 60, message = "{field.tooLong}")
        @Pattern(regexp = "[0-9A-Za-z.]*", message = "{exchange.peer.organId.invalid}") String organId,
        @NotBlank(message = "{exchange.peer.name.required}") @Size(max = 300, message = "{field.tooLong}") String name,
        @NotBlank(message = "{exchange.peer.endpoint.required}") @Size(max = 500, message = "{field.tooLong}")
        @Pattern(regexp = "(?i)https?://\\S+", message = "{exchange.peer.endpoint.invalid}") String endpointUrl,
        Boolean enabled, Long version) {

    static PeerForm blank() {
        return new PeerForm("", "", "https://", true, null);
    }

    static PeerForm of(PeerView peer) {
        return new PeerForm(peer.organId(), peer.name(), peer.endpointUrl(), peer.enabled(), peer.version());
    }
}
