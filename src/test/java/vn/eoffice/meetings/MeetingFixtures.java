package vn.eoffice.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.eoffice.OfficeDate;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;

/**
 * Demo people and units, a fresh room per test and quick meeting plans.
 */
class MeetingFixtures {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final UserDetailsService accounts;
    private final OrganizationDirectory organization;
    private final MeetingRooms rooms;

    MeetingFixtures(ApplicationContext context) {
        this.accounts = context.getBean(UserDetailsService.class);
        this.organization = context.getBean(OrganizationDirectory.class);
        this.rooms = context.getBean(MeetingRooms.class);
    }

    CurrentUser user(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }

    Long unit(String abbreviation) {
        return organization.units(user("lanhdao").agencyId(), OfficeDate.today()).stream()
                .filter(u -> abbreviation.equals(u.abbreviation())).findFirst().orElseThrow().id();
    }

    MeetingRoom room(int capacity) {
        return rooms.save(new MeetingRoom(user("lanhdao").agencyId(), unique("Phòng thử"), "Tầng 3", capacity, null));
    }

    static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A day far enough ahead (and apart per test) that nothing else is booked then. */
    static LocalDate day(int weeksAhead) {
        return LocalDate.now(ZONE).plusWeeks(weeksAhead);
    }

    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
    }

    MeetingPlan plan(String title, Long roomId, Instant start, Instant end, Set<Long> users, Set<Long> units) {
        return new MeetingPlan(title, MeetingKind.THEMATIC, user("lanhdao").id(), user("vanthu").id(), start, end,
                roomId, roomId == null, null, null, null, users, units, List.of(), List.of());
    }
}
