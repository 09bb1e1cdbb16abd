package vn.eoffice.platform;

/**
 * The step named {@code step} is done (for whoever was waiting on it): its notifications are marked read, so they
 * leave the bell's count.
 */
public record StepDone(String step) {
}
