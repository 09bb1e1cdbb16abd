package vn.eoffice.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.TestPropertySource;

import vn.eoffice.ExternalTools;
import vn.eoffice.IntegrationTest;
import vn.eoffice.notifications.NotificationSummary;
import vn.eoffice.notifications.Notifier;

/**
 * The iCalendar files eOffice hands out (invitation, update, cancel, feed) are accepted without a warning by two
 * parsers: ical4j with its validator, and Debian's python3-icalendar through {@code src/test/resources/ical/
 * check_ics.py} (one DTSTAMP, lines of at most 75 octets, exceptions on occurrences of the rule). Editing a
 * recurring series shifts its exceptions with it or drops them, in the files and in eOffice's own calendar.
 */
@IntegrationTest
@TestPropertySource(properties = "eoffice.public-base-url=https://eoffice.dienbien.example/")
class CalendarInteroperabilityIntegrationTests {

    private static final String LONG_TITLE = "Giao ban tuần của Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên"
            + " về công tác tuyên truyền, vận động nhân dân thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV";

    @Autowired ApplicationContext context;
    @Autowired MeetingManagement management;
    @Autowired MeetingQueries queries;
    @Autowired MeetingInvitations invitations;
    @Autowired CalendarFeeds feeds;
    @Autowired Notifier notifier;
    @TempDir Path directory;
    MeetingFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new MeetingFixtures(context);
    }

    private MeetingSummary weeklyBriefing(LocalDate monday) {
        var leader = fx.user("lanhdao");
        return management.schedule(leader, new MeetingPlan(MeetingFixtures.unique(LONG_TITLE),
                MeetingKind.WEEKLY_BRIEFING, leader.id(), fx.user("vanthu").id(), MeetingFixtures.at(monday, 8, 0),
                MeetingFixtures.at(monday, 10, 0), fx.room(40).getId(), true, "Hội trường tầng 3, trụ sở Tỉnh ủy",
                "Các phòng chuẩn bị báo cáo kết quả tuần và chương trình công tác tuần tới; đồng chí Trưởng ban chủ"
                        + " trì, các đồng chí Phó Trưởng ban dự.",
                "FREQ=WEEKLY;BYDAY=MO", Set.of(), Set.of(fx.unit("TTBC")), List.of("khach@example.org"), List.of()));
    }

    @Test
    void invitationUpdateFeedAndCancelPassBothParsers() throws Exception {
        var monday = MeetingFixtures.day(70).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        var briefing = weeklyBriefing(monday);
        var leader = fx.user("lanhdao");
        var files = new ArrayList<String>();
        files.add(invitations.ics(leader, briefing.id()));
        management.cancelOccurrence(leader, briefing.id(), MeetingFixtures.at(monday.plusWeeks(1), 8, 0));
        management.moveOccurrence(leader, briefing.id(), MeetingFixtures.at(monday.plusWeeks(2), 8, 0),
                MeetingFixtures.at(monday.plusWeeks(2).plusDays(1), 14, 0),
                MeetingFixtures.at(monday.plusWeeks(2).plusDays(1), 16, 0));
        files.add(invitations.ics(leader, briefing.id()));
        files.add(feeds.personal(feeds.renew(leader)));
        management.cancel(leader, briefing.id(), "Thay đổi kế hoạch");
        files.add(invitations.ics(leader, briefing.id()));

        for (String ics : files) {
            assertFoldedWithinSeventyFiveOctets(ics);
            var calendar = parse(ics);
            assertThat(calendar.validate().getEntries()).as("ical4j validation of\n%s", ics).isEmpty();
            for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
                assertThat(event.getProperties(Property.DTSTAMP)).hasSize(1);
                assertThat(event.getProperties(Property.UID)).hasSize(1);
            }
        }
        VEvent invited = parse(files.get(1)).<VEvent>getComponents("VEVENT").get(0);
        assertThat(invited.getProperty(Property.SUMMARY).orElseThrow().getValue()).startsWith(LONG_TITLE);
        assertThat(invited.getProperty(Property.URL).orElseThrow().getValue())
                .isEqualTo("https://eoffice.dienbien.example/meetings/" + briefing.id());
        assertPythonIcalendarAccepts(files);
    }

    @Test
    void seriesEditShiftsItsExceptionsAndDropsThoseOffTheNewRule() throws Exception {
        var monday = MeetingFixtures.day(74).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        var briefing = weeklyBriefing(monday);
        var leader = fx.user("lanhdao");
        management.cancelOccurrence(leader, briefing.id(), MeetingFixtures.at(monday.plusWeeks(1), 8, 0));
        management.moveOccurrence(leader, briefing.id(), MeetingFixtures.at(monday.plusWeeks(2), 8, 0),
                MeetingFixtures.at(monday.plusWeeks(2).plusDays(1), 14, 0),
                MeetingFixtures.at(monday.plusWeeks(2).plusDays(1), 16, 0));

        // one hour later: the cancelled Monday stays cancelled, the moved one moves an hour with the series
        var later = edit(briefing.id(), MeetingFixtures.at(monday, 9, 0), MeetingFixtures.at(monday, 11, 0),
                "FREQ=WEEKLY;BYDAY=MO");
        assertThat(later.droppedExceptions()).isEmpty();
        assertThat(starts(briefing.id(), monday)).containsExactly(MeetingFixtures.at(monday, 9, 0),
                MeetingFixtures.at(monday.plusWeeks(2).plusDays(1), 15, 0),
                MeetingFixtures.at(monday.plusWeeks(3), 9, 0));
        var ics = invitations.ics(leader, briefing.id());
        var events = parse(ics).<VEvent>getComponents("VEVENT");
        var master = events.stream().filter(e -> e.getProperty(Property.RECURRENCE_ID).isEmpty()).findFirst()
                .orElseThrow();
        assertThat(master.getProperty(Property.EXDATE).orElseThrow().getValue())
                .isEqualTo(basic(monday.plusWeeks(1)) + "T090000");
        var moved = events.stream().filter(e -> e.getProperty(Property.RECURRENCE_ID).isPresent()).findFirst()
                .orElseThrow();
        assertThat(moved.getProperty(Property.RECURRENCE_ID).orElseThrow().getValue())
                .isEqualTo(basic(monday.plusWeeks(2)) + "T090000");
        assertThat(moved.getProperty(Property.DTSTART).orElseThrow().getValue())
                .isEqualTo(basic(monday.plusWeeks(2).plusDays(1)) + "T150000");

        // every other week: the cancelled week-1 Monday is no occurrence any more and is dropped, the organiser told
        var fortnightly = edit(briefing.id(), MeetingFixtures.at(monday, 9, 0), MeetingFixtures.at(monday, 11, 0),
                "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO");
        assertThat(fortnightly.droppedExceptions()).containsExactly(MeetingFixtures.at(monday.plusWeeks(1), 9, 0));
        assertThat(starts(briefing.id(), monday)).containsExactly(MeetingFixtures.at(monday, 9, 0),
                MeetingFixtures.at(monday.plusWeeks(2).plusDays(1), 15, 0));
        assertThat(parse(invitations.ics(leader, briefing.id())).<VEvent>getComponents("VEVENT").get(0)
                .getProperty(Property.EXDATE)).isEmpty();
        assertThat(notifier.list(leader.id(), PageRequest.of(0, 20)).getContent())
                .extracting(NotificationSummary::title).anyMatch(t -> t.contains("1 buổi đã hủy hoặc đã dời"));
        assertPythonIcalendarAccepts(List.of(ics, invitations.ics(leader, briefing.id())));

        // no longer recurring: every exception goes
        var single = edit(briefing.id(), MeetingFixtures.at(monday, 9, 0), MeetingFixtures.at(monday, 11, 0), null);
        assertThat(single.droppedExceptions()).containsExactly(MeetingFixtures.at(monday.plusWeeks(2), 9, 0));
    }

    private Rescheduled edit(Long meetingId, Instant start, Instant end, String rule) {
        var leader = fx.user("lanhdao");
        var meeting = queries.meeting(leader, meetingId);
        return management.change(leader, meetingId, meeting.version(), new MeetingPlan(meeting.title(),
                meeting.kind(), meeting.chairId(), meeting.secretaryId(), start, end, meeting.roomId(),
                meeting.online(), meeting.location(), meeting.description(), rule, Set.of(), Set.of(),
                List.of(), List.of()));
    }

    private List<Instant> starts(Long meetingId, LocalDate monday) {
        return queries.mine(fx.user("lanhdao"), MeetingFixtures.at(monday, 0, 0),
                MeetingFixtures.at(monday.plusWeeks(4), 0, 0), false).stream()
                .filter(l -> l.meeting().id().equals(meetingId)).map(l -> l.occurrence().start()).toList();
    }

    private static String basic(LocalDate date) {
        return date.toString().replace("-", "");
    }

    private static void assertFoldedWithinSeventyFiveOctets(String ics) {
        assertThat(ics).endsWith("\r\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        // the Vietnamese text is long enough that folding happened, and unfolding gives the text back
        assertThat(ics).contains("\r\n ");
    }

    private void assertPythonIcalendarAccepts(List<String> files) throws Exception {
        ExternalTools.requireIcalendar();
        var paths = new ArrayList<String>(List.of(ExternalTools.PYTHON,
                Path.of("src/test/resources/ical/check_ics.py").toAbsolutePath().toString()));
        int n = 0;
        for (String ics : files) {
            Path file = directory.resolve("calendar-" + n++ + ".ics");
            Files.writeString(file, ics, StandardCharsets.UTF_8);
            paths.add(file.toString());
        }
        var result = ExternalTools.run(directory, 60, paths.toArray(String[]::new));
        assertThat(result.output()).as("python3-icalendar problems").isEmpty();
        assertThat(result.exitCode()).isZero();
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }
}
