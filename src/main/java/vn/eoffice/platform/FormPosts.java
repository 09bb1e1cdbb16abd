package vn.eoffice.platform;

import java.util.Map;
import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Post/redirect/get for every form: a change that succeeds flashes its message ({@code flash}, shown by the layout)
 * and redirects; a change refused by a rule, a concurrent edit or a duplicate the database caught re-renders the form
 * with the person's input and the Vietnamese reason, next to its field or at the top. Nothing is half-written: the
 * facade's transaction has rolled back by the time the refusal arrives here.
 */
public final class FormPosts {

    /** The flash attribute the layout shows as a success message (a message key). */
    public static final String DONE = "flash";

    /** The flash attributes the layout shows as a refusal: the rule's message key and its arguments. */
    public static final String REFUSED = "actionError";
    public static final String REFUSED_ARGS = "actionArgs";

    private FormPosts() {
    }

    /**
     * Runs {@code change} unless {@code binding} already holds errors. On success flashes {@code done} and redirects to
     * the path the change returns; otherwise returns {@code form}'s view, the reason put on the form by
     * {@code fieldsByKey} (message key of a rule to the field it concerns).
     */
    public static String submit(BindingResult binding, RedirectAttributes redirect, String done,
            Map<String, String> fieldsByKey, Supplier<String> change, Supplier<String> form) {
        if (!binding.hasErrors()) {
            try {
                String target = change.get();
                redirect.addFlashAttribute(DONE, done);
                return "redirect:" + target;
            } catch (DomainException e) {
                FieldErrors.reject(binding, e, fieldsByKey);
            } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
                // someone else saved the same record, or the same unique value, a moment earlier
                binding.reject("error.conflict");
            }
        }
        return form.get();
    }

    /**
     * For a button on a record's page (no form to re-render): runs {@code change}, flashes {@code done} on success or
     * the refusal's reason otherwise, and redirects back to {@code page} either way.
     */
    public static String act(RedirectAttributes redirect, String done, String page, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute(DONE, done);
        } catch (DomainException e) {
            refuse(redirect, e.messageKey(), e.arguments());
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            refuse(redirect, "error.conflict");
        }
        return "redirect:" + page;
    }

    /** Flashes a refusal that {@link #act} did not catch itself (a check made in the controller). */
    public static void refuse(RedirectAttributes redirect, String messageKey, Object... arguments) {
        redirect.addFlashAttribute(REFUSED, messageKey);
        redirect.addFlashAttribute(REFUSED_ARGS, arguments);
    }
}
