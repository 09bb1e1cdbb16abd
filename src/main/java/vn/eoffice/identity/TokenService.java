package vn.eoffice.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;

/**
 * Issues, checks and revokes personal access tokens.
 */
@Service
public class TokenService {

    static final String PREFIX = "eo_";

    private final ApiTokens tokens;
    private final Users users;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TokenService(ApiTokens tokens, Users users, AuditLog audit, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** The secret is returned once and never stored. */
    public record IssuedToken(Long id, String secret) {
    }

    @Transactional
    public IssuedToken issue(Long userId, String name, Instant expiresAt) {
        if (name == null || name.isBlank()) {
            throw new DomainException("token.name.required");
        }
        var now = Instant.now(clock);
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new DomainException("token.expiry.past");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var token = tokens.save(new ApiToken(userId, name.trim(), sha256(secret), secret.substring(0, 10), now,
                expiresAt));
        audit.record("TOKEN_ISSUED", "TOKEN", token.getId(), name);
        return new IssuedToken(token.getId(), secret);
    }

    @Transactional
    public void revoke(Long userId, Long tokenId) {
        var token = tokens.findById(tokenId).filter(t -> t.getUserId().equals(userId))
                .orElseThrow(() -> new NotFoundException("token"));
        token.revoke(Instant.now(clock));
        audit.record("TOKEN_REVOKED", "TOKEN", tokenId, token.getName());
    }

    @Transactional(readOnly = true)
    public List<TokenView> tokensOf(Long userId) {
        return tokens.findByUserIdOrderByCreatedAtDesc(userId).stream().map(TokenView::of).toList();
    }

    @Transactional
    Optional<CurrentUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        var now = Instant.now(clock);
        return tokens.findByTokenHash(sha256(secret))
                .filter(token -> token.usableAt(now))
                .flatMap(token -> {
                    token.used(now);
                    return users.findById(token.getUserId());
                })
                .filter(User::isEnabled)
                .map(user -> new CurrentUser(user, null));
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
