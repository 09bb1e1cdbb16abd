package vn.eoffice.meetings;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.identity.CurrentUser;

/**
 * A meeting's current iCalendar file (request, or cancel once cancelled) for a participant to download.
 */
@Service
@Transactional(readOnly = true)
public class MeetingInvitations {

    private final MeetingAccess access;
    private final MeetingCalendars calendars;

    MeetingInvitations(MeetingAccess access, MeetingCalendars calendars) {
        this.access = access;
        this.calendars = calendars;
    }

    public String ics(CurrentUser user, Long meetingId) {
        return calendars.invitation(access.visible(meetingId, user));
    }
}
