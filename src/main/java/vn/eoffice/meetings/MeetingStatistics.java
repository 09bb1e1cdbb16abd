package vn.eoffice.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.platform.Dates;

/**
 * Per month: meetings held online and in person, participant-hours, and the travel and paper an online, paperless
 * meeting saves, estimated with the configured unit costs. Participants are those present when attendance was
 * taken, otherwise those invited.
 */
@Service
@Transactional(readOnly = true)
public class MeetingStatistics {

    public record Month(YearMonth month, int online, int inPerson, double participantHours, long travelSaved,
            long paperSaved) {
    }

    private final Meetings meetings;
    private final OccurrenceChanges changes;
    private final MeetingRecipients recipients;
    private final Materials materials;
    private final MeetingProceedings proceedings;
    private final MeetingsProperties properties;
    private final Dates dates;
    private final Clock clock;

    MeetingStatistics(Meetings meetings, OccurrenceChanges changes, MeetingRecipients recipients,
            Materials materials, MeetingProceedings proceedings, MeetingsProperties properties, Dates dates,
            Clock clock) {
        this.meetings = meetings;
        this.changes = changes;
        this.recipients = recipients;
        this.materials = materials;
        this.proceedings = proceedings;
        this.properties = properties;
        this.dates = dates;
        this.clock = clock;
    }

    public static boolean maySee(CurrentUser user) {
        return user.hasRole(Role.LEADER) || user.hasRole(Role.UNIT_HEAD) || user.hasRole(Role.CLERK);
    }

    /** The last {@code months} months up to the current one, oldest first. */
    public List<Month> monthly(CurrentUser user, int months) {
        if (!maySee(user)) {
            throw new org.springframework.security.access.AccessDeniedException("denied");
        }
        YearMonth current = YearMonth.from(dates.today(clock));
        YearMonth first = current.minusMonths(months - 1L);
        Instant from = first.atDay(1).atStartOfDay(dates.zone()).toInstant();
        Instant to = current.plusMonths(1).atDay(1).atStartOfDay(dates.zone()).toInstant();
        Map<YearMonth, long[]> sums = new TreeMap<>();
        Map<YearMonth, double[]> hours = new TreeMap<>();
        for (YearMonth m = first; !m.isAfter(current); m = m.plusMonths(1)) {
            sums.put(m, new long[4]);
            hours.put(m, new double[1]);
        }
        for (Meeting meeting : meetings.ofAgencyBetween(user.agencyId(), from, to)) {
            int present = proceedings.present(meeting.getId()).size();
            int people = present > 0 ? present : recipients.internal(meeting).size();
            boolean paperless = !materials.findByMeetingIdOrderById(meeting.getId()).isEmpty();
            for (var o : Recurrence.expand(meeting, changes.findByMeetingId(meeting.getId()), from, to,
                    dates.zone())) {
                YearMonth month = YearMonth.from(o.start().atZone(dates.zone()));
                long[] s = sums.get(month);
                if (s == null) {
                    continue;
                }
                s[meeting.isOnline() ? 0 : 1]++;
                hours.get(month)[0] += people * java.time.Duration.between(o.start(), o.end()).toMinutes() / 60.0;
                if (meeting.isOnline()) {
                    s[2] += people * properties.travelCostPerPerson();
                }
                if (paperless) {
                    s[3] += people * properties.paperCostPerPerson();
                }
            }
        }
        var result = new ArrayList<Month>();
        sums.forEach((month, s) -> result.add(new Month(month, (int) s[0], (int) s[1], hours.get(month)[0], s[2],
                s[3])));
        return result;
    }
}
