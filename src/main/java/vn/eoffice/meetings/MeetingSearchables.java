package vn.eoffice.meetings;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.eoffice.files.FileStorage;
import vn.eoffice.files.FileTextExtracted;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.Actor;
import vn.eoffice.platform.Dates;
import vn.eoffice.platform.SearchableChanged;
import vn.eoffice.platform.SearchableRecord;
import vn.eoffice.platform.SearchableSource;

/**
 * Meetings for the office-wide search: title, description, agenda, the units' reports before a briefing, the
 * materials (name and text), minutes and conclusions, typed by the meeting's kind; a meeting is found only by those
 * who may open it (its parties and the agency's leaders), who may read all of these on its page.
 */
@Component
@Transactional(readOnly = true)
class MeetingSearchables implements SearchableSource {

    static final String KIND = "MEETING";

    private final Meetings meetings;
    private final AgendaItems agenda;
    private final Conclusions conclusions;
    private final UnitReports reports;
    private final Materials materials;
    private final FileStorage files;
    private final ApplicationEventPublisher events;
    private final MeetingAccess access;
    private final MessageSource messages;
    private final Dates dates;

    MeetingSearchables(Meetings meetings, AgendaItems agenda, Conclusions conclusions, UnitReports reports,
            Materials materials, FileStorage files, ApplicationEventPublisher events, MeetingAccess access,
            MessageSource messages, Dates dates) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.conclusions = conclusions;
        this.reports = reports;
        this.materials = materials;
        this.files = files;
        this.events = events;
        this.access = access;
        this.messages = messages;
        this.dates = dates;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<SearchableRecord> find(Long id) {
        return meetings.findById(id).map(meeting -> {
            String text = Stream.of(Stream.of(meeting.getDescription()),
                    agenda.findByMeetingIdOrderByPosition(id).stream().map(AgendaItem::getTitle),
                    reports.findByMeetingIdOrderById(id).stream().flatMap(report -> Stream.of(report.getResults(),
                            report.getPlan(), report.getProposals())),
                    materials.findByMeetingIdOrderById(id).stream().flatMap(this::material),
                    Stream.of(meeting.getMinutes()),
                    conclusions.findByMeetingIdOrderByPosition(id).stream().map(Conclusion::getContent))
                    .flatMap(s -> s).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining("\n"));
            return new SearchableRecord(KIND, id, meeting.getAgencyId(), meeting.getTitle(), text,
                    messages.getMessage("meeting.kind." + meeting.getKind().name(), null, Locale.ROOT),
                    meeting.getStartsAt().atZone(dates.zone()).toLocalDate(), "/meetings/" + id);
        });
    }

    /** The material's name and, once extracted, its file's text (the listener below indexes it when it comes). */
    private Stream<String> material(Material material) {
        return Stream.of(material.getName(), files.text(material.getFileId()).orElse(null));
    }

    /** A material's text was extracted after the meeting was indexed: index the meeting again. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    void on(FileTextExtracted event) {
        materials.findByFileId(event.fileId()).stream().map(Material::getMeetingId).distinct()
                .forEach(meetingId -> events.publishEvent(new SearchableChanged(KIND, meetingId)));
    }

    @Override
    public List<Long> ids() {
        return meetings.allIds();
    }

    @Override
    public Set<Long> visible(Actor actor, Collection<Long> ids) {
        if (!(actor instanceof CurrentUser user)) {
            return Set.of();
        }
        return meetings.findAllById(ids).stream().filter(meeting -> access.sees(user, meeting)).map(Meeting::getId)
                .collect(Collectors.toSet());
    }
}
