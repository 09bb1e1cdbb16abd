package vn.eoffice.meetings;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes iCalendar files (RFC 5545/5546) with ical4j: METHOD:REQUEST invitations and updates (SEQUENCE counts the
 * changes), METHOD:CANCEL cancellations, PUBLISH feeds. Times carry TZID=Asia/Ho_Chi_Minh with its VTIMEZONE from
 * ical4j's bundled tz data; a recurring meeting has its RRULE, EXDATEs for cancelled occurrences and one VEVENT with
 * RECURRENCE-ID per moved occurrence.
 */
final class IcsWriter {

    static final String PRODUCT = "-//eOffice//Meetings 1.0//VI";

    /** What one meeting looks like in a calendar file. */
    record Entry(Meeting meeting, List<OccurrenceChange> changes, String location, String description, String url,
            String organizerName, String organizerEmail, List<Invitee> invitees) {
    }

    /** An invitee with an e-mail address; {@code userId} is null for an external guest. */
    record Invitee(Long userId, String name, String email) {
    }

    private IcsWriter() {
    }

    static String request(Entry entry, ZoneId zone, String domain, Instant now) {
        return write(ImmutableMethod.REQUEST, List.of(entry), zone, domain, now, false);
    }

    static String cancel(Entry entry, ZoneId zone, String domain, Instant now) {
        return write(ImmutableMethod.CANCEL, List.of(entry), zone, domain, now, true);
    }

    static String publish(List<Entry> entries, ZoneId zone, String domain, Instant now) {
        return write(ImmutableMethod.PUBLISH, entries, zone, domain, now, false);
    }

    static String uid(Meeting meeting, String domain) {
        return "meeting-" + meeting.getId() + "@" + domain;
    }

    private static String write(net.fortuna.ical4j.model.property.Method method, List<Entry> entries, ZoneId zone,
            String domain, Instant now, boolean cancelled) {
        var registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        var calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        calendar.add(registry.getTimeZone(zone.getId()).getVTimeZone());
        for (Entry entry : entries) {
            var meeting = entry.meeting();
            boolean gone = cancelled || meeting.getStatus() == MeetingStatus.CANCELLED;
            var event = event(entry, meeting.getStartsAt().atZone(zone), meeting.getEndsAt().atZone(zone), domain,
                    now, gone);
            if (meeting.recurring()) {
                event.add(new RRule<>(meeting.getRecurrence()));
                var cancelledDates = entry.changes().stream().filter(OccurrenceChange::isCancelled)
                        .map(c -> c.getOriginalStart().atZone(zone)).toList();
                if (!cancelledDates.isEmpty()) {
                    event.add(new ExDate<>(new ParameterList(List.of(new TzId(zone.getId()))),
                            new DateList<>(cancelledDates)));
                }
            }
            calendar.add(event);
            if (meeting.recurring() && !gone) {
                for (var moved : entry.changes().stream().filter(c -> !c.isCancelled()).toList()) {
                    var exception = event(entry, moved.getNewStart().atZone(zone), moved.getNewEnd().atZone(zone),
                            domain, now, false);
                    exception.add(new RecurrenceId<>(moved.getOriginalStart().atZone(zone)));
                    calendar.add(exception);
                }
            }
        }
        try (var out = new StringWriter()) {
            new CalendarOutputter(false).output(calendar, out);
            return IcsFolding.refold(out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static VEvent event(Entry entry, ZonedDateTime start, ZonedDateTime end, String domain, Instant now,
            boolean cancelled) {
        var meeting = entry.meeting();
        // VEvent(start, end, summary) stamps its own DTSTAMP: build it empty so that there is exactly one
        var event = new VEvent(false);
        event.add(new DtStamp(now));
        event.add(new Uid(uid(meeting, domain)));
        event.add(new DtStart<>(start));
        event.add(new DtEnd<>(end));
        event.add(new Summary(meeting.getTitle()));
        event.add(new Sequence(meeting.getSequenceNo()));
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (entry.location() != null && !entry.location().isBlank()) {
            event.add(new Location(entry.location()));
        }
        if (entry.description() != null && !entry.description().isBlank()) {
            event.add(new Description(entry.description()));
        }
        if (entry.url() != null) {
            event.add(new Url(URI.create(entry.url())));
        }
        if (entry.organizerEmail() != null) {
            event.add(new Organizer(new ParameterList(List.of(new Cn(entry.organizerName()))),
                    URI.create("mailto:" + entry.organizerEmail())));
        }
        for (var invitee : entry.invitees()) {
            if (invitee.email() != null && !invitee.email().isBlank()) {
                var params = invitee.name() == null ? new ParameterList()
                        : new ParameterList(List.of(new Cn(invitee.name())));
                event.add(new Attendee(params, URI.create("mailto:" + invitee.email())));
            }
        }
        return event;
    }
}
