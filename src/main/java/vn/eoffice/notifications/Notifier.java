package vn.eoffice.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.platform.Dates;
import vn.eoffice.platform.NotFoundException;
import vn.eoffice.platform.Secrecy;

/**
 * Tells people about things that concern them. {@link #notify} joins the caller's transaction: the notification
 * exists only if the business change commits; the live counter and the e-mail copy follow after the commit.
 * Every read and change is limited to the caller's own notifications (others' ids answer "not found").
 */
@Service
@Transactional
public class Notifier {

    /** Notifications are stored in Vietnamese, the language of the office (one text for screen and e-mail). */
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Notifications notifications;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final UnreadPush push;
    private final Dates dates;
    private final UserManagement users;
    private final AccessControl access;
    private final Clock clock;

    Notifier(Notifications notifications, MessageSource messages, ApplicationEventPublisher events, UnreadPush push,
            Dates dates, UserManagement users, AccessControl access, Clock clock) {
        this.notifications = notifications;
        this.messages = messages;
        this.events = events;
        this.push = push;
        this.dates = dates;
        this.users = users;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Stores a notification for {@code recipientId}: the title is the message {@code titleKey}, the body the optional
     * message {@code titleKey + ".body"}, both with {@code args} ({@link LocalDate} and {@link Instant} arguments are
     * shown as dd/MM/yyyy). {@code link} is a path inside the application ("/documents/12") or {@code null}.
     *
     * @return the new notification's id
     */
    public Long notify(Long recipientId, Category category, String titleKey, Object[] args, String link) {
        return store(recipientId, category, titleKey, args, link, true);
    }

    /**
     * Like {@link #notify}, about a record of the given secrecy: a recipient whose clearance does not cover it gets
     * nothing at all (no title, no count, no e-mail), so the record leaves no trace for them.
     *
     * @return the new notification's id, or {@code null} when the recipient may not know of the record
     */
    public Long notify(Long recipientId, Category category, Secrecy secrecy, String titleKey, Object[] args,
            String link) {
        if (!access.mayKnowOf(users.summary(recipientId), secrecy)) {
            return null;
        }
        return store(recipientId, category, titleKey, args, link, true);
    }

    /**
     * Like {@link #notify}, but in the application only: for a module that e-mails the person itself with something
     * a copy could not carry (a meeting invitation with its iCalendar file), so nobody gets the same news twice.
     */
    public Long notifyInApp(Long recipientId, Category category, String titleKey, Object[] args, String link) {
        return store(recipientId, category, titleKey, args, link, false);
    }

    /**
     * Like {@link #notify(Long, Category, Secrecy, String, Object[], String)}, announcing the waiting step named
     * {@code step}: {@link #stepDone} marks it read when the step is done.
     *
     * @return the new notification's id, or {@code null} when the recipient may not know of the record
     */
    public Long notifyStep(Long recipientId, String step, Category category, Secrecy secrecy, String titleKey,
            Object[] args, String link) {
        if (!access.mayKnowOf(users.summary(recipientId), secrecy)) {
            return null;
        }
        return store(recipientId, category, titleKey, args, link, true, step);
    }

    /** The people still told of the step named {@code step} (an unread notification), so it is announced once. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> waitingOn(String step) {
        return java.util.Set.copyOf(notifications.unreadRecipientsOfStep(step));
    }

    /** Marks read every unread notification of the step, whoever got it; @return how many were unread. */
    public int stepDone(String step) {
        var recipients = notifications.unreadRecipientsOfStep(step);
        if (recipients.isEmpty()) {
            return 0;
        }
        int marked = notifications.markStepRead(step, Instant.now(clock));
        recipients.forEach(push::afterCommit);
        return marked;
    }

    /** Like {@link #notifyInApp}, announcing the waiting step named {@code step} (see {@link #stepDone}). */
    public Long notifyInApp(Long recipientId, String step, Category category, String titleKey, Object[] args,
            String link) {
        return store(recipientId, category, titleKey, args, link, false, step);
    }

    private Long store(Long recipientId, Category category, String titleKey, Object[] args, String link,
            boolean mailCopy) {
        return store(recipientId, category, titleKey, args, link, mailCopy, null);
    }

    private Long store(Long recipientId, Category category, String titleKey, Object[] args, String link,
            boolean mailCopy, String step) {
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(category, "category");
        Object[] shown = args == null ? new Object[0] : Arrays.stream(args).map(this::shown).toArray();
        String title = messages.getMessage(titleKey, shown, VIETNAMESE);
        String body = messages.getMessage(titleKey + ".body", shown, null, VIETNAMESE);
        var saved = notifications.save(
                new Notification(recipientId, category, title, body, link, Instant.now(clock)).forStep(step));
        if (mailCopy) {
            events.publishEvent(new NotificationCreated(saved.getId(), recipientId, category));
        }
        push.afterCommit(recipientId);
        return saved.getId();
    }

    @Transactional(readOnly = true)
    public long unreadCount(Long userId) {
        return notifications.countByRecipientIdAndReadAtIsNull(userId);
    }

    /** The person's notifications, newest first. */
    @Transactional(readOnly = true)
    public Page<NotificationSummary> list(Long userId, Pageable pageable) {
        return list(userId, false, pageable);
    }

    @Transactional(readOnly = true)
    public Page<NotificationSummary> list(Long userId, boolean unreadOnly, Pageable pageable) {
        var page = unreadOnly
                ? notifications.findByRecipientIdAndReadAtIsNullOrderByCreatedAtDescIdDesc(userId, pageable)
                : notifications.findByRecipientIdOrderByCreatedAtDescIdDesc(userId, pageable);
        return page.map(Notification::summary);
    }

    /** Marks one of the person's own notifications read; {@link NotFoundException} for anyone else's. */
    public NotificationSummary markRead(Long userId, Long id) {
        var notification = notifications.findByIdAndRecipientId(id, userId)
                .orElseThrow(() -> new NotFoundException("notification " + id));
        if (notification.getReadAt() == null) {
            notification.markRead(Instant.now(clock));
            push.afterCommit(userId);
        }
        return notification.summary();
    }

    /** @return how many notifications were unread */
    public int markAllRead(Long userId) {
        int marked = notifications.markAllRead(userId, Instant.now(clock));
        if (marked > 0) {
            push.afterCommit(userId);
        }
        return marked;
    }

    private Object shown(Object arg) {
        if (arg instanceof LocalDate date) {
            return dates.date(date);
        }
        if (arg instanceof Instant instant) {
            return dates.dateTime(instant);
        }
        return arg;
    }
}
