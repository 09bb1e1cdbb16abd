package vn.eoffice.notifications;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.eoffice.platform.StepDone;
import vn.eoffice.platform.StepWaiting;

/**
 * Tells each person of a step that now waits for them (any module publishes {@link StepWaiting} without knowing this
 * module), and clears the step's notifications once it is done. Both run after the business change commits, through
 * the event publication registry, so neither is lost in a crash.
 */
@Component
class StepNotifications {

    private final Notifier notifier;

    StepNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(StepWaiting event) {
        notifier.notifyStep(event.recipientId(), event.step(), category(event.category()), event.secrecy(),
                event.titleKey(), event.args().toArray(), event.link());
    }

    @ApplicationModuleListener
    void on(StepDone event) {
        notifier.stepDone(event.step());
    }

    private static Category category(String name) {
        try {
            return Category.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Category.SYSTEM;
        }
    }
}
