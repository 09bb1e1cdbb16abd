package vn.eoffice.platform;

import java.util.List;

/**
 * A step now waits for one person (a review, a signature, a release, an acceptance, an answer…); the notifications
 * module tells them, in the application and by e-mail per their choices. {@code step} names the step so that
 * {@link StepDone} can clear the notification; {@code category} is the notification category's name (DOCUMENT, TASK,
 * MEETING…); {@code titleKey} a message key with {@code args} already formatted for display. A recipient whose
 * clearance does not cover {@code secrecy} gets nothing.
 */
public record StepWaiting(Long recipientId, String step, String category, Secrecy secrecy, String titleKey,
        List<String> args, String link) {

    public StepWaiting {
        args = args == null ? List.of() : List.copyOf(args);
        secrecy = secrecy == null ? Secrecy.NONE : secrecy;
    }
}
