package vn.eoffice.exchange.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

import vn.eoffice.exchange.PeerView;
import vn.eoffice.exchange.PeerRegistry;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.ApiController;

/** The peers reachable by exchange, and this node's own address and certificate to give them (administrators). */
@ApiController("/api/v1/exchange")
@Tag(name = "Exchange (QCVN 102)")
@PreAuthorize("hasRole('ADMIN')")
class PeerApiController {

    private final PeerRegistry registry;

    PeerApiController(PeerRegistry registry) {
        this.registry = registry;
    }

    record PeerJson(Long id, long version, String organId, String name, String endpointUrl, String certificatePem,
            String certificateSubject, Instant certificateExpiresAt, boolean enabled, Instant updatedAt) {

        static PeerJson of(PeerView p) {
            return new PeerJson(p.id(), p.version(), p.organId(), p.name(), p.endpointUrl(), p.certificatePem(),
                    p.certificateSubject(), p.certificateExpiresAt(), p.enabled(), p.updatedAt());
        }
    }

    /**
     * A peer as on the administrator's form, flat in one JSON object ({@code version} when changing one), with its
     * certificate in PEM; a change without {@code certificatePem} keeps the one on file.
     */
    record PeerBody(@Valid @JsonUnwrapped PeerForm peer, @Size(max = 65536) String certificatePem) {

        byte[] certificate() {
            return certificatePem == null || certificatePem.isBlank() ? null
                    : certificatePem.getBytes(StandardCharsets.US_ASCII);
        }
    }

    record Node(String receiveUrl, String certificatePem) {
    }

    @GetMapping("/peers")
    @Operation(summary = "The agency's exchange peers (administrators)")
    List<PeerJson> peers(@AuthenticationPrincipal CurrentUser user) {
        return registry.list(user).stream().map(PeerJson::of).toList();
    }

    @GetMapping("/peers/{id}")
    @Operation(summary = "One exchange peer (administrators)")
    PeerJson peer(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        return PeerJson.of(registry.get(user, id));
    }

    @PostMapping("/peers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a peer: identifier code, receive address, certificate (administrators)")
    ResponseEntity<PeerJson> register(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody PeerBody body) {
        var form = body.peer();
        var peer = registry.register(user, form.organId(), form.name(), form.endpointUrl(), body.certificate(),
                !Boolean.FALSE.equals(form.enabled()));
        return ResponseEntity.created(URI.create("/api/v1/exchange/peers/" + peer.id())).body(PeerJson.of(peer));
    }

    @PutMapping("/peers/{id}")
    @Operation(summary = "Change a peer's name, address, certificate or state; version must be the one read")
    PeerJson update(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Valid @RequestBody PeerBody body) {
        var form = body.peer();
        return PeerJson.of(registry.update(user, id, form.version() == null ? -1 : form.version(), form.name(),
                form.endpointUrl(), body.certificate(), !Boolean.FALSE.equals(form.enabled())));
    }

    @GetMapping("/node")
    @Operation(summary = "This installation's receive address and certificate, to give to peers (administrators)")
    Node node() {
        return new Node(registry.ownReceiveUrl(), registry.ownCertificatePem());
    }
}
