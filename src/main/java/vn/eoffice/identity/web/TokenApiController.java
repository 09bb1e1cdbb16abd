package vn.eoffice.identity.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import vn.eoffice.identity.TokenView;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.TokenService;
import vn.eoffice.platform.ApiController;

@ApiController("/api/v1/me/tokens")
@Tag(name = "Identity")
class TokenApiController {

    record NewToken(
            @NotBlank(message = "{token.name.required}") @Size(max = 100, message = "{field.tooLong}") String name,
            Instant expiresAt) {
    }

    record IssuedToken(Long id, String name, String secret, Instant expiresAt) {
    }

    record TokenResource(Long id, String name, String prefix, Instant createdAt, Instant expiresAt,
            Instant lastUsedAt, Instant revokedAt) {

        static TokenResource of(TokenView token) {
            return new TokenResource(token.id(), token.name(), token.prefix(), token.createdAt(), token.expiresAt(),
                    token.lastUsedAt(), token.revokedAt());
        }
    }

    private final TokenService tokens;

    TokenApiController(TokenService tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    @Operation(summary = "The caller's access tokens (never their secrets)")
    List<TokenResource> list(@AuthenticationPrincipal CurrentUser user) {
        return tokens.tokensOf(user.id()).stream().map(TokenResource::of).toList();
    }

    /**
     * A token must not breed tokens: a leaked token would otherwise let its holder outlive its revocation, so issuing
     * takes the password (HTTP Basic).
     */
    @PostMapping
    @Operation(summary = "Issue an access token for the caller (HTTP Basic only)",
            description = "Refused with 403 when the request itself is authenticated by a bearer token. The secret "
                    + "is in this response only; keep it safe.")
    @ApiResponse(responseCode = "201", description = "issued; the body holds the secret, shown this once")
    @ApiResponse(responseCode = "403", description = "the request was authenticated with a token, not a password")
    ResponseEntity<IssuedToken> issue(@AuthenticationPrincipal CurrentUser user, Authentication authentication,
            @Valid @RequestBody NewToken body) {
        if (!(authentication instanceof UsernamePasswordAuthenticationToken)) {
            throw new AccessDeniedException("tokens are issued with a password only");
        }
        var issued = tokens.issue(user.id(), body.name(), body.expiresAt());
        return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + issued.id()))
                .body(new IssuedToken(issued.id(), body.name().trim(), issued.secret(), body.expiresAt()));
    }
}
