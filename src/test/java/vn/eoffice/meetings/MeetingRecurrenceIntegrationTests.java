package vn.eoffice.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import vn.eoffice.IntegrationTest;
import vn.eoffice.platform.DomainException;

/**
 * A weekly briefing every Monday 08:00: occurrences with one cancelled and one moved, the room taken only by the
 * remaining ones, and the iCalendar files (request, updates with growing SEQUENCE, cancel) parsed back with ical4j.
 */
@IntegrationTest
class MeetingRecurrenceIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired MeetingManagement management;
    @Autowired MeetingQueries queries;
    @Autowired MeetingInvitations invitations;
    MeetingFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new MeetingFixtures(context);
    }

    private MeetingSummary weeklyBriefing(MeetingRoom room, java.time.LocalDate monday) {
        var leader = fx.user("lanhdao");
        return management.schedule(leader, new MeetingPlan(MeetingFixtures.unique("Giao ban tuần"),
                MeetingKind.WEEKLY_BRIEFING, leader.id(), fx.user("vanthu").id(), MeetingFixtures.at(monday, 8, 0),
                MeetingFixtures.at(monday, 10, 0), room.getId(), true, null, null, "FREQ=WEEKLY;BYDAY=MO", Set.of(),
                Set.of(fx.unit("TTBC")), List.of("khach@example.org"), List.of()));
    }

    @Test
    void expandsEveryMondayAtEightWithCancelledAndMovedOccurrences() {
        var room = fx.room(40);
        var monday = MeetingFixtures.day(60).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        var briefing = weeklyBriefing(room, monday);
        var leader = fx.user("lanhdao");

        management.cancelOccurrence(leader, briefing.id(), MeetingFixtures.at(monday.plusWeeks(1), 8, 0));
        management.moveOccurrence(leader, briefing.id(), MeetingFixtures.at(monday.plusWeeks(2), 8, 0),
                MeetingFixtures.at(monday.plusWeeks(2).plusDays(1), 14, 0),
                MeetingFixtures.at(monday.plusWeeks(2).plusDays(1), 16, 0));

        var occurrences = queries.mine(leader, MeetingFixtures.at(monday, 0, 0),
                MeetingFixtures.at(monday.plusWeeks(4), 0, 0), false).stream()
                .filter(l -> l.meeting().id().equals(briefing.id())).map(MeetingQueries.Listed::occurrence)
                .toList();
        assertThat(occurrences).hasSize(3);
        assertThat(occurrences.get(0).start()).isEqualTo(MeetingFixtures.at(monday, 8, 0));
        assertThat(occurrences.get(1).start()).isEqualTo(MeetingFixtures.at(monday.plusWeeks(2).plusDays(1), 14, 0));
        assertThat(occurrences.get(1).moved()).isTrue();
        assertThat(occurrences.get(2).start()).isEqualTo(MeetingFixtures.at(monday.plusWeeks(3), 8, 0));
        assertThat(occurrences).allSatisfy(o -> assertThat(o.start().atZone(MeetingFixtures.ZONE).toLocalTime())
                .isIn(LocalTime.of(8, 0), LocalTime.of(14, 0)));

        // the cancelled Monday frees the room, the regular Mondays and the moved Tuesday keep it
        var freed = management.schedule(leader, fx.plan("Dùng phòng buổi đã hủy", room.getId(),
                MeetingFixtures.at(monday.plusWeeks(1), 8, 30), MeetingFixtures.at(monday.plusWeeks(1), 9, 30),
                Set.of(), Set.of()));
        assertThat(freed.id()).isNotNull();
        assertThatThrownBy(() -> management.schedule(leader, fx.plan("Trùng buổi dời", room.getId(),
                MeetingFixtures.at(monday.plusWeeks(2).plusDays(1), 15, 0),
                MeetingFixtures.at(monday.plusWeeks(2).plusDays(1), 17, 0), Set.of(), Set.of())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("meeting.room.conflict"));
        assertThatThrownBy(() -> management.schedule(leader, fx.plan("Trùng thứ Hai", room.getId(),
                MeetingFixtures.at(monday.plusWeeks(5), 9, 0), MeetingFixtures.at(monday.plusWeeks(5), 11, 0),
                Set.of(), Set.of()))).isInstanceOf(DomainException.class);
    }

    @Test
    void refusesAnInvalidRuleAndAnOccurrenceTheRuleDoesNotHave() {
        var leader = fx.user("lanhdao");
        var day = MeetingFixtures.day(61);
        assertThatThrownBy(() -> management.schedule(leader, new MeetingPlan("Sai quy tắc", MeetingKind.THEMATIC,
                leader.id(), null, MeetingFixtures.at(day, 8, 0), MeetingFixtures.at(day, 9, 0), null, true, null,
                null, "FREQ=SOMETIMES", Set.of(), Set.of(), List.of(), List.of())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("meeting.recurrence.invalid"));
        var room = fx.room(40);
        var monday = MeetingFixtures.day(62).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        var briefing = weeklyBriefing(room, monday);
        assertThatThrownBy(() -> management.cancelOccurrence(leader, briefing.id(),
                MeetingFixtures.at(monday.plusDays(1), 8, 0)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("meeting.occurrence.unknown"));
    }

    @Test
    void icsCarriesTimeZoneRuleExceptionsAndGrowingSequenceThenCancel() throws Exception {
        var room = fx.room(40);
        var monday = MeetingFixtures.day(64).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        var briefing = weeklyBriefing(room, monday);
        var leader = fx.user("lanhdao");

        var first = parse(invitations.ics(leader, briefing.id()));
        assertThat(first.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        VTimeZone zone = (VTimeZone) first.getComponent("VTIMEZONE").orElseThrow();
        assertThat(zone.getProperty(Property.TZID).orElseThrow().getValue()).isEqualTo("Asia/Ho_Chi_Minh");
        VEvent event = (VEvent) first.getComponent("VEVENT").orElseThrow();
        var start = event.getProperty(Property.DTSTART).orElseThrow();
        assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(start.getValue()).endsWith("T080000");
        assertThat(event.getProperty(Property.RRULE).orElseThrow().getValue()).contains("FREQ=WEEKLY", "BYDAY=MO");
        assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("0");
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).startsWith("meeting-" + briefing.id());
        List<Property> attendees = event.getProperties(Property.ATTENDEE);
        assertThat(attendees.stream().map(Property::getValue).toList()).contains("mailto:khach@example.org");

        management.cancelOccurrence(leader, briefing.id(), MeetingFixtures.at(monday.plusWeeks(1), 8, 0));
        management.moveOccurrence(leader, briefing.id(), MeetingFixtures.at(monday.plusWeeks(2), 8, 0),
                MeetingFixtures.at(monday.plusWeeks(2), 13, 30), MeetingFixtures.at(monday.plusWeeks(2), 15, 0));
        var updated = parse(invitations.ics(leader, briefing.id()));
        List<VEvent> events = updated.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        var master = events.stream().filter(e -> e.getProperty(Property.RECURRENCE_ID).isEmpty()).findFirst()
                .orElseThrow();
        assertThat(master.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("2");
        assertThat(master.getProperty(Property.EXDATE).orElseThrow().getValue())
                .contains(monday.plusWeeks(1).toString().replace("-", "") + "T080000");
        var moved = events.stream().filter(e -> e.getProperty(Property.RECURRENCE_ID).isPresent()).findFirst()
                .orElseThrow();
        assertThat(moved.getProperty(Property.DTSTART).orElseThrow().getValue()).endsWith("T133000");

        management.cancel(leader, briefing.id(), "Thay đổi kế hoạch");
        var cancelled = parse(invitations.ics(leader, briefing.id()));
        assertThat(cancelled.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        VEvent gone = (VEvent) cancelled.getComponent("VEVENT").orElseThrow();
        assertThat(gone.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("3");
        assertThat(gone.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(gone.getProperty(Property.UID).orElseThrow().getValue())
                .isEqualTo(event.getProperty(Property.UID).orElseThrow().getValue());
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }
}
