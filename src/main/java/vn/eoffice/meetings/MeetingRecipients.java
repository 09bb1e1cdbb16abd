package vn.eoffice.meetings;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.eoffice.identity.UserManagement;

/**
 * The people a meeting concerns: chair, secretary, invited people and their deputies, members of invited units.
 */
@Component
class MeetingRecipients {

    private final Participants participants;
    private final UserManagement users;

    MeetingRecipients(Participants participants, UserManagement users) {
        this.participants = participants;
        this.users = users;
    }

    Set<Long> internal(Meeting meeting) {
        var ids = new LinkedHashSet<Long>();
        ids.add(meeting.getChairId());
        if (meeting.getSecretaryId() != null) {
            ids.add(meeting.getSecretaryId());
        }
        for (var p : participants.findByMeetingIdOrderById(meeting.getId())) {
            if (p.getUserId() != null) {
                ids.add(p.getUserId());
            }
            if (p.getDeputyId() != null) {
                ids.add(p.getDeputyId());
            }
            if (p.getUnitId() != null) {
                users.membersOf(p.getUnitId()).stream().filter(u -> u.enabled()).forEach(u -> ids.add(u.id()));
            }
        }
        return ids;
    }
}
