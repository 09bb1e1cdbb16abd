package vn.eoffice.meetings;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.eoffice.identity.UserManagement;
import vn.eoffice.notifications.NotificationMailProperties;
import vn.eoffice.platform.Dates;
import vn.eoffice.platform.PublicBaseUrl;

/**
 * Turns meetings into iCalendar files: the request or cancel sent to invitees and the published feeds.
 */
@Component
class MeetingCalendars {

    private final Participants participants;
    private final OccurrenceChanges changes;
    private final MeetingRooms rooms;
    private final MeetingRecipients recipients;
    private final UserManagement users;
    private final NotificationMailProperties mail;
    private final MeetingsProperties properties;
    private final PublicBaseUrl publicBaseUrl;
    private final Dates dates;
    private final Clock clock;

    MeetingCalendars(Participants participants, OccurrenceChanges changes, MeetingRooms rooms,
            MeetingRecipients recipients, UserManagement users, NotificationMailProperties mail,
            MeetingsProperties properties, PublicBaseUrl publicBaseUrl, Dates dates, Clock clock) {
        this.participants = participants;
        this.changes = changes;
        this.rooms = rooms;
        this.recipients = recipients;
        this.users = users;
        this.mail = mail;
        this.properties = properties;
        this.publicBaseUrl = publicBaseUrl;
        this.dates = dates;
        this.clock = clock;
    }

    String invitation(Meeting meeting) {
        var entry = entry(meeting, true);
        return meeting.getStatus() == MeetingStatus.CANCELLED
                ? IcsWriter.cancel(entry, dates.zone(), domain(), Instant.now(clock))
                : IcsWriter.request(entry, dates.zone(), domain(), Instant.now(clock));
    }

    String feed(List<Meeting> meetings) {
        return IcsWriter.publish(meetings.stream().map(m -> entry(m, false)).toList(), dates.zone(), domain(),
                Instant.now(clock));
    }

    /** Everyone with an e-mail address the invitation goes to: internal people and external guests. */
    List<IcsWriter.Invitee> invitees(Meeting meeting) {
        var result = new ArrayList<IcsWriter.Invitee>();
        for (Long id : recipients.internal(meeting)) {
            var person = users.summary(id);
            if (person.enabled() && person.email() != null && !person.email().isBlank()) {
                result.add(new IcsWriter.Invitee(id, person.fullName(), person.email()));
            }
        }
        participants.findByMeetingIdOrderById(meeting.getId()).stream().filter(p -> p.getEmail() != null)
                .forEach(p -> result.add(new IcsWriter.Invitee(null, p.getGuestName(), p.getEmail())));
        return result;
    }

    private IcsWriter.Entry entry(Meeting meeting, boolean withInvitees) {
        var chair = users.summary(meeting.getChairId());
        var place = new ArrayList<String>();
        if (meeting.getRoomId() != null) {
            rooms.findById(meeting.getRoomId()).ifPresent(room -> place.add(room.getName()
                    + (room.getLocation() == null ? "" : ", " + room.getLocation())));
        }
        if (meeting.getLocation() != null && !meeting.getLocation().isBlank()) {
            place.add(meeting.getLocation());
        }
        String link = base() + MeetingManagement.link(meeting);
        if (meeting.isOnline()) {
            place.add(properties.videoBaseUrl());
        }
        String organizerEmail = chair.email() != null && !chair.email().isBlank() ? chair.email() : sender();
        return new IcsWriter.Entry(meeting, changes.findByMeetingId(meeting.getId()), String.join(" | ", place),
                meeting.getDescription(), link, chair.fullName(), organizerEmail,
                withInvitees ? invitees(meeting) : List.of());
    }

    /** eOffice's public address, for the links in invitations and feeds. */
    String base() {
        return publicBaseUrl.get();
    }

    private String domain() {
        String host = URI.create(base()).getHost();
        return host == null ? "eoffice" : host;
    }

    private String sender() {
        String from = mail.from();
        int open = from.indexOf('<');
        return open >= 0 ? from.substring(open + 1, from.indexOf('>', open)) : from.trim();
    }
}
