package vn.eoffice.meetings;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Meetings settings ({@code eoffice.meetings.*}).
 *
 * @param videoBaseUrl the video service rooms are opened at, e.g. a self-hosted Jitsi {@code https://meet.example.vn}
 * @param jwtSecret when set, join links carry an HS256 token signed with it (Jitsi {@code token} authentication)
 * @param jwtAppId the token's issuer ({@code iss}), Jitsi's {@code app_id}
 * @param jwtLifetime how long a join token is valid after the meeting ends
 * @param reminderBefore how long before the start the reminder goes out
 * @param travelCostPerPerson estimated travel cost (VND) one participant saves by joining online
 * @param paperCostPerPerson estimated cost (VND) of the printed materials one participant no longer needs
 */
@ConfigurationProperties("eoffice.meetings")
public record MeetingsProperties(
        @DefaultValue("https://meet.jit.si") String videoBaseUrl,
        String jwtSecret,
        @DefaultValue("eoffice") String jwtAppId,
        @DefaultValue("2h") Duration jwtLifetime,
        @DefaultValue("1h") Duration reminderBefore,
        @DefaultValue("150000") long travelCostPerPerson,
        @DefaultValue("20000") long paperCostPerPerson) {

    boolean signsTokens() {
        return jwtSecret != null && !jwtSecret.isBlank();
    }
}
