package vn.eoffice.meetings;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.eoffice.notifications.Category;
import vn.eoffice.notifications.NotificationMailProperties;
import vn.eoffice.notifications.NotificationSettings;
import vn.eoffice.platform.Dates;

/**
 * E-mails the iCalendar request (new or changed meeting) or cancel to every invitee with an address, after the
 * change committed and on another thread. A failed send throws, so the event publication stays incomplete and is
 * retried like notification e-mails; nothing is sent while e-mail is switched off ({@code eoffice.mail.enabled}).
 */
@Component
class InvitationMailer {

    private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Meetings meetings;
    private final MeetingCalendars calendars;
    private final NotificationMailProperties mail;
    private final NotificationSettings settings;
    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;
    private final Dates dates;

    InvitationMailer(Meetings meetings, MeetingCalendars calendars, NotificationMailProperties mail,
            NotificationSettings settings, ObjectProvider<JavaMailSender> sender, MessageSource messages,
            Dates dates) {
        this.meetings = meetings;
        this.calendars = calendars;
        this.mail = mail;
        this.settings = settings;
        this.sender = sender;
        this.messages = messages;
        this.dates = dates;
    }

    @ApplicationModuleListener(readOnlyTransaction = true)
    void on(MeetingScheduled event) throws Exception {
        JavaMailSender smtp = sender.getIfAvailable();
        var meeting = meetings.findById(event.meetingId()).orElse(null);
        if (!mail.enabled() || smtp == null || meeting == null || meeting.getSequenceNo() != event.sequence()) {
            return; // a later change sends its own, newer file
        }
        String ics = calendars.invitation(meeting);
        String method = event.cancelled() ? "CANCEL" : "REQUEST";
        String key = event.cancelled() ? "meeting.mail.cancelled"
                : event.sequence() == 0 ? "meeting.mail.invited" : "meeting.mail.changed";
        Object[] args = { meeting.getTitle(), dates.dateTime(meeting.getStartsAt()) };
        String subject = "[eOffice] " + messages.getMessage(key, args, VIETNAMESE);
        String body = messages.getMessage(key + ".body", args, VIETNAMESE) + "\n\n" + calendars.base()
                + MeetingManagement.link(meeting);
        for (var invitee : calendars.invitees(meeting)) {
            if (invitee.userId() != null && !settings.wantsEmail(invitee.userId(), Category.MEETING)) {
                continue; // the person turned meeting e-mails off in their notification settings
            }
            try {
                var message = smtp.createMimeMessage();
                var helper = new MimeMessageHelper(message, true, "UTF-8");
                helper.setFrom(mail.from());
                helper.setTo(invitee.email());
                helper.setSubject(subject);
                helper.setText(body);
                helper.addAttachment("invite.ics", new ByteArrayResource(ics.getBytes(StandardCharsets.UTF_8)),
                        "text/calendar; charset=UTF-8; method=" + method);
                smtp.send(message);
            } catch (Exception e) {
                log.warn("Invitation for meeting {} to {} failed, will retry: {}", meeting.getId(), invitee.email(),
                        e.toString());
                throw e;
            }
        }
    }
}
