package vn.eoffice.meetings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import vn.eoffice.identity.CurrentUser;

/**
 * Online rooms on the configured video service: an unguessable room name per meeting and the join link, which
 * carries a Jitsi-style HS256 token (user's name, moderator claim for the chair) when a secret is configured.
 */
@Component
public class OnlineRooms {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final MeetingsProperties properties;
    private final Clock clock;

    OnlineRooms(MeetingsProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** 128 random bits: a room name nobody can guess from the meeting's id or title. */
    static String newRoomName() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return "eoffice-" + HexFormat.of().formatHex(bytes);
    }

    /** The link that opens the meeting's room for {@code user}. */
    String joinUrl(Meeting meeting, CurrentUser user) {
        String base = properties.videoBaseUrl().endsWith("/") ? properties.videoBaseUrl()
                : properties.videoBaseUrl() + "/";
        String url = base + meeting.getOnlineRoom();
        if (properties.signsTokens()) {
            url += "?jwt=" + URLEncoder.encode(token(meeting, user), StandardCharsets.UTF_8);
        }
        return url;
    }

    /** The signed token (header.payload.signature) for {@code user} in the meeting's room. */
    String token(Meeting meeting, CurrentUser user) {
        boolean moderator = user.id().equals(meeting.getChairId());
        var userClaims = new LinkedHashMap<String, Object>();
        userClaims.put("id", String.valueOf(user.id()));
        userClaims.put("name", user.fullName());
        userClaims.put("moderator", moderator);
        var claims = new LinkedHashMap<String, Object>();
        claims.put("aud", "jitsi");
        claims.put("iss", properties.jwtAppId());
        claims.put("sub", "*");
        claims.put("room", meeting.getOnlineRoom());
        Instant now = Instant.now(clock);
        // a recurring briefing's first end lies in the past: the token then lasts from now
        Instant until = meeting.getEndsAt().isAfter(now) ? meeting.getEndsAt() : now;
        claims.put("exp", until.plus(properties.jwtLifetime()).getEpochSecond());
        claims.put("iat", now.getEpochSecond());
        claims.put("moderator", moderator);
        claims.put("context", Map.of("user", userClaims));
        String header = encode(Map.of("alg", "HS256", "typ", "JWT"));
        String body = header + "." + encode(claims);
        return body + "." + BASE64URL.encodeToString(sign(body));
    }

    private static String encode(Map<String, Object> json) {
        return BASE64URL.encodeToString(JSON.writeValueAsBytes(json));
    }

    private byte[] sign(String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(properties.jwtSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
