package vn.eoffice.meetings;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.Dates;
import vn.eoffice.platform.PdfLayout;

/**
 * The leadership's weekly work calendar (lịch công tác tuần): the meetings chaired by the agency's leaders plus
 * manual entries, Monday to Sunday. Leaders and clerks prepare and publish it; once published all staff see it.
 */
@Service
@Transactional
public class WorkCalendar {

    /** One line of the calendar. */
    public record Line(Instant start, Instant end, String title, String place, String leaders, Long meetingId) {
    }

    /** An entry written into the calendar by hand (not a meeting). */
    public record ManualEntry(Long id, Instant startsAt, Instant endsAt, String title, String location,
            String leaders) {
    }

    public record Day(LocalDate date, List<Line> lines) {
    }

    public record Week(LocalDate start, LocalDate end, boolean published, boolean mayEdit, List<Day> days) {
    }

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Meetings meetings;
    private final OccurrenceChanges changes;
    private final MeetingRooms rooms;
    private final CalendarEntries entries;
    private final UserManagement users;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final MessageSource messages;
    private final OrganizationDirectory organization;
    private final Dates dates;
    private final Clock clock;

    WorkCalendar(Meetings meetings, OccurrenceChanges changes, MeetingRooms rooms, CalendarEntries entries,
            UserManagement users, JdbcTemplate jdbc, AuditLog audit, MessageSource messages,
            OrganizationDirectory organization, Dates dates, Clock clock) {
        this.meetings = meetings;
        this.changes = changes;
        this.rooms = rooms;
        this.entries = entries;
        this.users = users;
        this.jdbc = jdbc;
        this.audit = audit;
        this.messages = messages;
        this.organization = organization;
        this.dates = dates;
        this.clock = clock;
    }

    public static LocalDate monday(LocalDate any) {
        return any.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The Monday of the week holding {@code anyDay}, or of this week in the office's time zone. */
    public LocalDate weekStart(LocalDate anyDay) {
        return monday(anyDay == null ? dates.today(clock) : anyDay);
    }

    public static boolean mayEdit(CurrentUser user) {
        return user.hasRole(Role.LEADER) || user.hasRole(Role.CLERK);
    }

    @Transactional(readOnly = true)
    public Week week(CurrentUser user, LocalDate anyDay) {
        LocalDate start = weekStart(anyDay);
        boolean published = published(user.agencyId(), start);
        boolean editor = mayEdit(user);
        var days = new ArrayList<Day>();
        if (!published && !editor) {
            return new Week(start, start.plusDays(6), false, false, List.of());
        }
        Instant from = start.atStartOfDay(dates.zone()).toInstant();
        Instant to = start.plusDays(7).atStartOfDay(dates.zone()).toInstant();
        var lines = new ArrayList<Line>();
        for (Meeting meeting : meetings.ofAgencyBetween(user.agencyId(), from, to)) {
            var chair = users.summary(meeting.getChairId());
            if (!chair.roles().contains(Role.LEADER)) {
                continue;
            }
            String place = meeting.getRoomId() == null ? null
                    : rooms.findById(meeting.getRoomId()).map(MeetingRoom::getName).orElse(null);
            if (meeting.isOnline()) {
                place = (place == null ? "" : place + ", ") + text("meeting.online");
            }
            for (var o : Recurrence.expand(meeting, changes.findByMeetingId(meeting.getId()), from, to,
                    dates.zone())) {
                lines.add(new Line(o.start(), o.end(), meeting.getTitle(), place, chair.fullName(),
                        meeting.getId()));
            }
        }
        for (var entry : entries.findByAgencyIdAndStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAt(
                user.agencyId(), from, to)) {
            lines.add(new Line(entry.getStartsAt(), entry.getEndsAt(), entry.getTitle(), entry.getLocation(),
                    entry.getLeaders(), null));
        }
        lines.sort(Comparator.comparing(Line::start));
        for (int i = 0; i < 7; i++) {
            LocalDate day = start.plusDays(i);
            days.add(new Day(day, lines.stream()
                    .filter(l -> l.start().atZone(dates.zone()).toLocalDate().equals(day)).toList()));
        }
        return new Week(start, start.plusDays(6), published, editor, days);
    }

    public ManualEntry add(CurrentUser by, LocalDateTime start, LocalDateTime end, String title, String location,
            String leaders) {
        requireEditor(by);
        var entry = entries.save(new CalendarEntry(by.agencyId(), start == null ? null
                : start.atZone(dates.zone()).toInstant(), end == null ? null : end.atZone(dates.zone()).toInstant(),
                title, location, leaders, by.id()));
        audit.record("CALENDAR_ENTRY_ADDED", "CALENDAR_ENTRY", entry.getId(), entry.getTitle());
        return new ManualEntry(entry.getId(), entry.getStartsAt(), entry.getEndsAt(), entry.getTitle(),
                entry.getLocation(), entry.getLeaders());
    }

    /** Publishes the week to all staff (again after changes: the latest publication is kept). */
    public void publish(CurrentUser by, LocalDate anyDay) {
        requireEditor(by);
        LocalDate start = monday(anyDay);
        jdbc.update("delete from meeting_calendar_week where agency_id = ? and week_start = ?", by.agencyId(),
                java.sql.Date.valueOf(start));
        jdbc.update("insert into meeting_calendar_week (agency_id, week_start, published_by, published_at)"
                + " values (?, ?, ?, ?)", by.agencyId(), java.sql.Date.valueOf(start), by.id(),
                Timestamp.from(Instant.now(clock)));
        audit.record("CALENDAR_PUBLISHED", "CALENDAR_WEEK", start.toString(), null);
    }

    /**
     * The week as a printable PDF: A4 landscape, the agency's letterhead (HD 36), the title and the dates, then the
     * usual table (day, time, what, leader, place), one row per entry and a row for a day without any.
     */
    @Transactional(readOnly = true)
    public byte[] pdf(CurrentUser user, LocalDate anyDay) {
        var week = week(user, anyDay);
        var rows = new ArrayList<List<String>>();
        for (var day : week.days()) {
            String date = text("meeting.calendar.day." + day.date().getDayOfWeek().getValue()) + "\n"
                    + dates.date(day.date());
            if (day.lines().isEmpty()) {
                rows.add(List.of(date, "", "—", "", ""));
            }
            for (var line : day.lines()) {
                String time = Dates.DATE_TIME.format(line.start().atZone(dates.zone())).substring(11);
                rows.add(List.of(line == day.lines().get(0) ? date : "", time, line.title(),
                        line.leaders() == null ? "" : line.leaders(), line.place() == null ? "" : line.place()));
            }
        }
        var head = organization.letterhead(user.agencyId(), null, dates.today(clock).getYear());
        return PdfLayout.a4(true).letterhead(head, head.dateLine(dates.today(clock)))
                .centred(text("meeting.calendar.title").toUpperCase(VIETNAMESE), PdfLayout.Style.BOLD, 15)
                .centred("(" + text("meeting.calendar.range", dates.date(week.start()), dates.date(week.end())) + ")",
                        PdfLayout.Style.ITALIC, 13)
                .space(10)
                .table(List.of(text("meeting.calendar.dayCol"), text("meeting.calendar.time"),
                        text("meeting.calendar.what"), text("meeting.calendar.who"), text("meeting.calendar.place")),
                        new float[] { 12, 8, 50, 18, 22 }, rows, 12)
                .bytes();
    }

    private boolean published(Long agencyId, LocalDate start) {
        Integer n = jdbc.queryForObject("select count(*) from meeting_calendar_week where agency_id = ? and"
                + " week_start = ?", Integer.class, agencyId, java.sql.Date.valueOf(start));
        return n != null && n > 0;
    }

    private static void requireEditor(CurrentUser by) {
        if (!mayEdit(by)) {
            throw new AccessDeniedException("denied");
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }
}
