package vn.eoffice.meetings;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.platform.NotFoundException;

/**
 * iCalendar feeds a person subscribes to from any calendar app, at a secret URL: their own meetings, and the
 * agency's leadership meetings. The secret is 256 random bits, shown only to its owner, and revocable (a new one
 * replaces it); an unknown secret answers "not found".
 */
@Service
@Transactional
public class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final Meetings meetings;
    private final MeetingCalendars calendars;
    private final UserManagement users;
    private final AuditLog audit;
    private final Clock clock;

    CalendarFeeds(JdbcTemplate jdbc, Meetings meetings, MeetingCalendars calendars, UserManagement users,
            AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.calendars = calendars;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<String> token(CurrentUser user) {
        return jdbc.queryForList("select token from meeting_feed_token where user_id = ?", String.class, user.id())
                .stream().findFirst();
    }

    /** A new secret; the previous URL stops working. */
    public String renew(CurrentUser user) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.update("delete from meeting_feed_token where user_id = ?", user.id());
        jdbc.update("insert into meeting_feed_token (user_id, token, created_at) values (?, ?, ?)", user.id(), token,
                Timestamp.from(Instant.now(clock)));
        audit.record("CALENDAR_FEED_RENEWED", "USER", user.id(), null);
        return token;
    }

    public void revoke(CurrentUser user) {
        jdbc.update("delete from meeting_feed_token where user_id = ?", user.id());
        audit.record("CALENDAR_FEED_REVOKED", "USER", user.id(), null);
    }

    /** The owner's meetings as iCalendar. */
    @Transactional(readOnly = true)
    public String personal(String token) {
        var owner = users.summary(owner(token));
        if (!owner.enabled()) {
            throw new NotFoundException("feed");
        }
        var mine = meetings.involving(owner.id(), owner.unitId() == null ? List.of(-1L) : List.of(owner.unitId()));
        return calendars.feed(mine);
    }

    /** The agency's meetings chaired by its leaders as iCalendar. */
    @Transactional(readOnly = true)
    public String agency(String token) {
        var owner = users.summary(owner(token));
        if (!owner.enabled()) {
            throw new NotFoundException("feed");
        }
        Instant now = Instant.now(clock);
        var leaders = meetings.ofAgencyBetween(owner.agencyId(), now.minus(java.time.Duration.ofDays(90)),
                now.plus(java.time.Duration.ofDays(366))).stream()
                .filter(m -> users.summary(m.getChairId()).roles().contains(Role.LEADER)).toList();
        return calendars.feed(leaders);
    }

    private Long owner(String token) {
        if (token == null || token.length() < 20) {
            throw new NotFoundException("feed");
        }
        return jdbc.queryForList("select user_id from meeting_feed_token where token = ?", Long.class, token)
                .stream().findFirst().orElseThrow(() -> new NotFoundException("feed"));
    }
}
