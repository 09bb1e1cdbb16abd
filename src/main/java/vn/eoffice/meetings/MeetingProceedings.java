package vn.eoffice.meetings;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.documents.AttachedFile;
import vn.eoffice.documents.Direction;
import vn.eoffice.documents.Urgency;
import vn.eoffice.documents.outgoing.OutgoingDraft;
import vn.eoffice.documents.outgoing.OutgoingManagement;
import vn.eoffice.documents.outgoing.SigningCapacities;
import vn.eoffice.files.FileStorage;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.notifications.Category;
import vn.eoffice.notifications.Notifier;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.Dates;
import vn.eoffice.platform.PdfLayout;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.SearchableChanged;
import vn.eoffice.platform.Secrecy;
import vn.eoffice.tasks.Assignment;
import vn.eoffice.tasks.Party;
import vn.eoffice.tasks.SourceRef;
import vn.eoffice.tasks.SourceType;
import vn.eoffice.tasks.TaskManagement;

/**
 * What happens around a meeting: units' reports before a briefing, attendance, minutes, and the conclusions, each
 * of which becomes a task (source MEETING) and which together can be released as an outgoing notice
 * (thông báo kết luận) drafted from a generated PDF.
 */
@Service
@Transactional
public class MeetingProceedings {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MeetingAccess access;
    private final Participants participants;
    private final UnitReports reports;
    private final Conclusions conclusions;
    private final TaskManagement tasks;
    private final OutgoingManagement outgoing;
    private final SigningCapacities capacities;
    private final FileStorage files;
    private final UserManagement users;
    private final OrganizationDirectory organization;
    private final Notifier notifier;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final Dates dates;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MeetingProceedings(MeetingAccess access, Participants participants, UnitReports reports, Conclusions conclusions,
            TaskManagement tasks, OutgoingManagement outgoing, SigningCapacities capacities, FileStorage files,
            UserManagement users, OrganizationDirectory organization, Notifier notifier, AuditLog audit,
            JdbcTemplate jdbc, MessageSource messages, Dates dates, Clock clock, ApplicationEventPublisher events) {
        this.access = access;
        this.participants = participants;
        this.reports = reports;
        this.conclusions = conclusions;
        this.tasks = tasks;
        this.outgoing = outgoing;
        this.capacities = capacities;
        this.files = files;
        this.users = users;
        this.organization = organization;
        this.notifier = notifier;
        this.audit = audit;
        this.jdbc = jdbc;
        this.messages = messages;
        this.dates = dates;
        this.clock = clock;
        this.events = events;
    }

    /** The units asked to report before the briefing: the invited units. */
    @Transactional(readOnly = true)
    public List<Long> reportingUnits(Long meetingId) {
        return participants.findByMeetingIdOrderById(meetingId).stream().map(Participant::getUnitId)
                .filter(java.util.Objects::nonNull).toList();
    }

    /** A member of an invited unit submits (or corrects) the unit's report before the briefing. */
    public UnitReportView submitReport(CurrentUser by, Long meetingId, String results, String plan, String proposals) {
        var meeting = access.visible(meetingId, by);
        meeting.requireScheduled();
        if (!meeting.getKind().collectsUnitReports() || by.unitId() == null
                || !reportingUnits(meetingId).contains(by.unitId())) {
            throw new DomainException("meeting.report.notAsked");
        }
        var report = reports.findByMeetingIdAndUnitId(meetingId, by.unitId())
                .orElseGet(() -> new UnitReport(meetingId, by.unitId()));
        report.submit(results, plan, proposals, by.id(), Instant.now(clock));
        report = reports.save(report);
        audit.record("MEETING_REPORT_SUBMITTED", "MEETING", meetingId, "unit " + by.unitId());
        events.publishEvent(new SearchableChanged(MeetingSearchables.KIND, meetingId));
        notifier.stepDone(UnitReportRequests.step(meetingId, by.unitId()));
        if (meeting.getSecretaryId() != null) {
            notifier.notify(meeting.getSecretaryId(), Category.MEETING, "meeting.notify.reported",
                    new Object[] { organization.unit(by.unitId()).name(), meeting.getTitle() },
                    MeetingManagement.link(meeting));
        }
        return UnitReportView.of(report);
    }

    /** The consolidated report: every submitted unit report, in the order units were invited. */
    @Transactional(readOnly = true)
    public String consolidatedReport(CurrentUser by, Long meetingId) {
        var meeting = access.visible(meetingId, by);
        var lines = new ArrayList<String>();
        lines.add(text("meeting.consolidated.heading", meeting.getTitle()));
        int n = 1;
        for (Long unitId : reportingUnits(meetingId)) {
            var report = reports.findByMeetingIdAndUnitId(meetingId, unitId).orElse(null);
            lines.add("");
            lines.add(n++ + ". " + organization.unit(unitId).name());
            if (report == null) {
                lines.add(text("meeting.consolidated.missing"));
                continue;
            }
            lines.add(text("meeting.report.results") + ": " + report.getResults());
            if (report.getPlan() != null && !report.getPlan().isBlank()) {
                lines.add(text("meeting.report.plan") + ": " + report.getPlan());
            }
            if (report.getProposals() != null && !report.getProposals().isBlank()) {
                lines.add(text("meeting.report.proposals") + ": " + report.getProposals());
            }
        }
        return String.join("\n", lines);
    }

    /** A participant checks in. */
    public void checkIn(CurrentUser by, Long meetingId) {
        var meeting = access.visible(meetingId, by);
        meeting.requireScheduled();
        if (!access.participates(by, meeting)) {
            throw new org.springframework.security.access.AccessDeniedException("denied");
        }
        if (present(meetingId, by.id(), by.unitId(), by.id())) {
            audit.record("MEETING_CHECKED_IN", "MEETING", meetingId, by.username());
        }
    }

    /** The secretary (or chair) marks people present. */
    public int markPresent(CurrentUser by, Long meetingId, Set<Long> userIds) {
        var meeting = access.organised(meetingId, by);
        int marked = 0;
        for (Long userId : userIds) {
            var person = users.summary(userId);
            if (!meeting.getAgencyId().equals(person.agencyId())) {
                throw new DomainException("meeting.participant.unknown");
            }
            if (present(meetingId, userId, person.unitId(), by.id())) {
                marked++;
            }
        }
        audit.record("MEETING_ATTENDANCE_MARKED", "MEETING", meetingId, "users " + userIds);
        return marked;
    }

    private boolean present(Long meetingId, Long userId, Long unitId, Long markedBy) {
        return jdbc.update("insert into meeting_attendance (meeting_id, user_id, unit_id, checked_in_at, marked_by)"
                + " values (?, ?, ?, ?, ?) on conflict do nothing", meetingId, userId, unitId,
                Timestamp.from(Instant.now(clock)), markedBy) == 1;
    }

    /** Who is present, in order of arrival. */
    @Transactional(readOnly = true)
    public List<Long> present(Long meetingId) {
        return jdbc.queryForList("select user_id from meeting_attendance where meeting_id = ? order by checked_in_at,"
                + " user_id", Long.class, meetingId);
    }

    /** Present people per unit (unit id, or null for people without a unit). */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Integer> presentPerUnit(Long meetingId) {
        var counts = new java.util.LinkedHashMap<Long, Integer>();
        jdbc.query("select unit_id, count(*) as n from meeting_attendance where meeting_id = ? group by unit_id",
                rs -> {
                    long unit = rs.getLong("unit_id");
                    counts.put(rs.wasNull() ? null : unit, rs.getInt("n"));
                }, meetingId);
        return counts;
    }

    public void writeMinutes(CurrentUser by, Long meetingId, String minutes) {
        var meeting = access.organised(meetingId, by);
        meeting.writeMinutes(minutes == null || minutes.isBlank() ? null : minutes.trim());
        audit.record("MEETING_MINUTES_WRITTEN", "MEETING", meetingId, null);
        events.publishEvent(new SearchableChanged(MeetingSearchables.KIND, meetingId));
    }

    /**
     * Records a conclusion and gives it as a task to the lead unit (co-units co-process) by the deadline, assigned
     * by the chair, with the meeting as its source.
     */
    public ConclusionView conclude(CurrentUser by, Long meetingId, String content, Long leadUnitId, Set<Long> coUnitIds,
            LocalDate deadline) {
        var meeting = access.organised(meetingId, by);
        if (content == null || content.isBlank()) {
            throw new DomainException("meeting.conclusion.content.required");
        }
        if (leadUnitId == null) {
            throw new DomainException("meeting.conclusion.lead.required");
        }
        if (deadline == null || deadline.isBefore(dates.today(clock))) {
            throw new DomainException("meeting.conclusion.deadline.invalid");
        }
        var co = new LinkedHashSet<Long>(coUnitIds == null ? Set.of() : coUnitIds);
        co.remove(leadUnitId);
        int position = conclusions.findByMeetingIdOrderByPosition(meetingId).size() + 1;
        var conclusion = conclusions.save(new Conclusion(meetingId, position, content.trim(), leadUnitId, co,
                deadline));
        var coParties = new LinkedHashSet<Party>();
        co.forEach(unit -> coParties.add(Party.unit(unit)));
        String title = content.trim().length() > 500 ? content.trim().substring(0, 497) + "..." : content.trim();
        var task = tasks.assign(new Assignment(meeting.getAgencyId(), title,
                text("meeting.conclusion.taskContent", meeting.getTitle(), dates.dateTime(meeting.getStartsAt())),
                new SourceRef(SourceType.MEETING, meetingId), meeting.getChairId(), Party.unit(leadUnitId),
                coParties, Set.of(), null, deadline, null, Secrecy.NONE));
        conclusion.becameTask(task.id());
        audit.record("MEETING_CONCLUDED", "MEETING", meetingId, "conclusion " + conclusion.getId() + " -> task "
                + task.id());
        events.publishEvent(new SearchableChanged(MeetingSearchables.KIND, meetingId));
        return ConclusionView.of(conclusion);
    }

    /**
     * Prints the notice of conclusions to PDF, stores it and starts an outgoing draft (type TB) with it, addressed
     * to the lead and co-units; the draft then goes through review, signing and release like any other.
     */
    public Long releaseNotice(CurrentUser by, Long meetingId) {
        var meeting = access.organised(meetingId, by);
        if (meeting.getNoticeDocumentId() != null) {
            throw new DomainException("meeting.notice.already");
        }
        var items = conclusions.findByMeetingIdOrderByPosition(meetingId);
        if (items.isEmpty()) {
            throw new DomainException("meeting.notice.empty");
        }
        var units = new LinkedHashSet<Long>();
        items.forEach(item -> {
            units.add(item.getLeadUnitId());
            units.addAll(item.coUnits());
        });
        byte[] pdf = notice(meeting, items, units);
        var file = files.store(text("meeting.notice.fileName") + ".pdf", new ByteArrayInputStream(pdf), by.id());
        String summary = text("meeting.notice.summary", meeting.getTitle());
        var draft = new OutgoingDraft(Direction.OUTGOING, "TB",
                summary.length() > 500 ? summary.substring(0, 500) : summary, Urgency.NORMAL, Secrecy.NONE, null,
                List.copyOf(units), List.of(), List.of(), null);
        var document = outgoing.draft(by, draft, new AttachedFile(file.id(), file.name()), List.of());
        meeting.noticeReleasedAs(document.getId());
        audit.record("MEETING_NOTICE_DRAFTED", "MEETING", meetingId, "document " + document.getId());
        return document.getId();
    }

    /**
     * The notice in the HD 36-HD/VPTW layout: letterhead with "Số …-TB/…" and the place and date left blank for the
     * register, "THÔNG BÁO" and its summary, the conclusions, the chair's signature block (the authority their
     * position suggests, e.g. {@code K/T TRƯỞNG BAN}, and title; the drafter may still change the authority on the
     * outgoing document) beside "Nơi nhận": the lead and co-units, then the archive copy.
     */
    private byte[] notice(Meeting meeting, List<Conclusion> items, Set<Long> units) {
        var head = organization.letterhead(meeting.getAgencyId(), "TB", dates.today(clock).getYear());
        var chair = users.summary(meeting.getChairId());
        var layout = PdfLayout.a4(false).letterhead(head, head.dateLine())
                .centred(text("meeting.notice.type"), PdfLayout.Style.BOLD, 15)
                .centred(text("meeting.notice.subject", chair.fullName(), meeting.getTitle()), PdfLayout.Style.BOLD, 14)
                .centred("-----", PdfLayout.Style.REGULAR, 13).space(8)
                .paragraph(text("meeting.notice.intro", dates.dateTime(meeting.getStartsAt()), chair.fullName()),
                        PdfLayout.Style.REGULAR, 14);
        for (var item : items) {
            layout.paragraph(item.getPosition() + ". " + item.getContent(), PdfLayout.Style.REGULAR, 14)
                    .paragraph(text("meeting.notice.item", organization.unit(item.getLeadUnitId()).name(),
                            item.coUnits().stream().map(u -> organization.unit(u).name())
                                    .reduce((a, b) -> a + ", " + b).orElse("—"), dates.date(item.getDeadline())),
                            PdfLayout.Style.ITALIC, 14);
        }
        var authority = new ArrayList<String>();
        var capacity = capacities.suggestedFor(chair.id());
        if (!capacity.isNone()) {
            authority.add(capacity.text());
        }
        if (chair.title() != null && !chair.title().isBlank()) {
            authority.add(chair.title().strip().toUpperCase(VIETNAMESE));
        }
        var recipients = new ArrayList<String>();
        units.forEach(unit -> recipients.add(organization.unit(unit).name() + ","));
        recipients.add(text("meeting.notice.archive"));
        return layout.space(14).signatureAndRecipients(authority, chair.fullName(), recipients).bytes();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }
}
