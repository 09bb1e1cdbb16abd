package vn.eoffice.identity;

import java.time.Instant;

/** A personal access token as its owner sees it: never its secret, only the prefix that names it. */
public record TokenView(Long id, String name, String prefix, Instant createdAt, Instant expiresAt,
        Instant lastUsedAt, Instant revokedAt) {

    static TokenView of(ApiToken token) {
        return new TokenView(token.getId(), token.getName(), token.getPrefix(), token.getCreatedAt(),
                token.getExpiresAt(), token.getLastUsedAt(), token.getRevokedAt());
    }
}
