package vn.eoffice.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.eoffice.IntegrationTest;

@IntegrationTest
class OnlineRoomsIntegrationTests {

    private static final String SECRET = "a-long-shared-secret-for-the-video-service";

    @Autowired ApplicationContext context;
    @Autowired MeetingManagement management;
    @Autowired OnlineRooms unsigned;
    @Autowired Meetings meetings;
    MeetingFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new MeetingFixtures(context);
    }

    private Meeting onlineMeeting() {
        var day = MeetingFixtures.day(70);
        var scheduled = management.schedule(fx.user("lanhdao"), fx.plan(MeetingFixtures.unique("Họp trực tuyến"),
                null, MeetingFixtures.at(day, 8, 0), MeetingFixtures.at(day, 9, 0),
                Set.of(fx.user("chuyenvien").id()), Set.of()));
        return meetings.findById(scheduled.id()).orElseThrow();
    }

    @Test
    void roomNamesAreUnguessableAndLinksCarryNoTokenWithoutSecret() {
        var a = onlineMeeting();
        var b = onlineMeeting();
        assertThat(a.getOnlineRoom()).matches("eoffice-[0-9a-f]{32}").isNotEqualTo(b.getOnlineRoom());
        assertThat(unsigned.joinUrl(a, fx.user("lanhdao"))).endsWith("/" + a.getOnlineRoom()).doesNotContain("jwt");
    }

    @Test
    void signedTokenNamesTheUserAndMakesOnlyTheChairModerator() throws Exception {
        var meeting = onlineMeeting();
        var rooms = new OnlineRooms(new MeetingsProperties("https://meet.example.vn/", SECRET, "eoffice-btgdv",
                Duration.ofHours(2), Duration.ofHours(1), 0, 0), Clock.systemUTC());

        var chairUrl = rooms.joinUrl(meeting, fx.user("lanhdao"));
        assertThat(chairUrl).startsWith("https://meet.example.vn/" + meeting.getOnlineRoom() + "?jwt=");
        var chair = claims(rooms.token(meeting, fx.user("lanhdao")));
        assertThat(chair.get("moderator").asBoolean()).isTrue();
        assertThat(chair.get("context").get("user").get("name").asString()).isEqualTo("Lò Văn Thắng");
        assertThat(chair.get("context").get("user").get("moderator").asBoolean()).isTrue();
        assertThat(chair.get("room").asString()).isEqualTo(meeting.getOnlineRoom());
        assertThat(chair.get("iss").asString()).isEqualTo("eoffice-btgdv");
        assertThat(chair.get("aud").asString()).isEqualTo("jitsi");
        assertThat(chair.get("exp").asLong()).isEqualTo(meeting.getEndsAt().plus(Duration.ofHours(2)).getEpochSecond());

        var officer = claims(rooms.token(meeting, fx.user("chuyenvien")));
        assertThat(officer.get("moderator").asBoolean()).isFalse();
        assertThat(officer.get("context").get("user").get("name").asString()).isEqualTo("Quàng Văn Hùng");
    }

    /** Checks the HS256 signature with the secret, then returns the payload. */
    private static JsonNode claims(String token) throws Exception {
        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        var header = JsonMapper.builder().build().readTree(Base64.getUrlDecoder().decode(parts[0]));
        assertThat(header.get("alg").asString()).isEqualTo("HS256");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(Base64.getUrlDecoder().decode(parts[2])).isEqualTo(expected);
        return JsonMapper.builder().build().readTree(Base64.getUrlDecoder().decode(parts[1]));
    }
}
