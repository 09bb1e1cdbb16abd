package vn.eoffice.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.TestAccounts;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.notifications.NotificationSummary;
import vn.eoffice.notifications.Notifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.eoffice.IntegrationTest;

/**
 * Invitees get the meeting by e-mail with an iCalendar attachment after the commit: REQUEST on scheduling, REQUEST
 * with the next SEQUENCE on a change, CANCEL on cancellation.
 */
@IntegrationTest
@DirtiesContext // its own context (SMTP properties): close it afterwards so its connections go back to the server
class InvitationMailIntegrationTests {

    private static final int SMTP_PORT = freePort();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("eoffice.mail.enabled", () -> true);
        registry.add("eoffice.public-base-url", () -> "https://eoffice.test/");
        registry.add("eoffice.mail.from", () -> "eOffice <eoffice@eoffice.test>");
    }

    @Autowired ApplicationContext context;
    @Autowired MeetingManagement management;
    @Autowired TestAccounts accounts;
    @Autowired UserManagement users;
    @Autowired Notifier notifier;
    @Autowired JdbcTemplate jdbc;
    MeetingFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new MeetingFixtures(context);
    }

    @Test
    void guestReceivesRequestUpdateAndCancelAsIcs() throws Exception {
        String domain = "guest" + UUID.randomUUID().toString().substring(0, 8) + ".test";
        String guest = "khach@" + domain;
        var day = MeetingFixtures.day(100);
        var leader = fx.user("lanhdao");
        var plan = new MeetingPlan(MeetingFixtures.unique("Hội nghị có khách mời"), MeetingKind.CONFERENCE,
                leader.id(), null, MeetingFixtures.at(day, 8, 0), MeetingFixtures.at(day, 11, 0), null, true, null,
                null, null, Set.of(), Set.of(), List.of(guest), List.of());
        var meeting = management.schedule(leader, plan);

        var first = awaitIcs(domain, 1);
        assertThat(first.message().getSubject()).startsWith("[eOffice] Giấy mời họp: " + meeting.title());
        assertThat(first.contentType()).contains("text/calendar").contains("method=request");
        assertThat(value(first.calendar(), Property.METHOD)).isEqualTo("REQUEST");
        VEvent event = (VEvent) first.calendar().getComponent("VEVENT").orElseThrow();
        assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("0");
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).endsWith("@eoffice.test");

        management.reschedule(leader, meeting.id(), meeting.version(), new MeetingPlan(plan.title(),
                plan.kind(), plan.chairId(), null, MeetingFixtures.at(day, 14, 0), MeetingFixtures.at(day, 16, 0),
                null, true, null, null, null, Set.of(), Set.of(), List.of(), List.of()));
        var update = awaitIcs(domain, 2);
        VEvent changed = (VEvent) update.calendar().getComponent("VEVENT").orElseThrow();
        assertThat(value(update.calendar(), Property.METHOD)).isEqualTo("REQUEST");
        assertThat(changed.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
        assertThat(changed.getProperty(Property.DTSTART).orElseThrow().getValue()).endsWith("T140000");

        management.cancel(leader, meeting.id(), "Hoãn");
        var cancel = awaitIcs(domain, 3);
        assertThat(cancel.contentType()).contains("method=cancel");
        assertThat(value(cancel.calendar(), Property.METHOD)).isEqualTo("CANCEL");
        VEvent gone = (VEvent) cancel.calendar().getComponent("VEVENT").orElseThrow();
        assertThat(gone.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("2");
        assertThat(gone.getProperty(Property.UID).orElseThrow().getValue())
                .isEqualTo(event.getProperty(Property.UID).orElseThrow().getValue());
    }

    @Test
    void colleagueGetsTheInvitationOnceByMailAndOnceInTheApplication() throws Exception {
        String domain = "staff" + UUID.randomUUID().toString().substring(0, 8) + ".test";
        var colleague = accounts.create(Role.OFFICER);
        users.updateContact(colleague.getId(), "chuyenvien@" + domain, null);
        var day = MeetingFixtures.day(101);
        var leader = fx.user("lanhdao");
        var meeting = management.schedule(leader, new MeetingPlan(MeetingFixtures.unique("Họp mời đồng nghiệp"),
                MeetingKind.THEMATIC, leader.id(), null, MeetingFixtures.at(day, 8, 0), MeetingFixtures.at(day, 9, 0),
                null, true, null, null, null, Set.of(colleague.getId()), Set.of(), List.of(), List.of()));

        var invitation = awaitIcs(domain, 1);
        assertThat(invitation.message().getSubject()).contains(meeting.title());
        assertThat(notifier.list(colleague.getId(), PageRequest.of(0, 10)).getContent())
                .extracting(NotificationSummary::link).contains("/meetings/" + meeting.id());
        // the in-app notice asks for no e-mail copy: written in the scheduling transaction, so this cannot race
        assertThat(jdbc.queryForObject("select count(*) from event_publication where event_type like ?"
                + " and serialized_event like ?", Integer.class, "%NotificationCreated",
                "%\"recipientId\":" + colleague.getId() + ",%")).isZero();
        assertThat(greenMail.getReceivedMessagesForDomain(domain)).hasSize(1);
    }

    record Received(MimeMessage message, String contentType, Calendar calendar) {
    }

    private Received awaitIcs(String domain, int count) throws Exception {
        await().atMost(PATIENCE).until(() -> greenMail.getReceivedMessagesForDomain(domain).length >= count);
        MimeMessage message = greenMail.getReceivedMessagesForDomain(domain)[count - 1];
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (part.getContentType().toLowerCase().startsWith("text/calendar")) {
                String ics = new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                return new Received(message, part.getContentType().toLowerCase(),
                        new CalendarBuilder().build(new StringReader(ics)));
            }
        }
        throw new AssertionError("no text/calendar part");
    }

    private static String value(Calendar calendar, String name) {
        return calendar.getProperty(name).orElseThrow().getValue();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
