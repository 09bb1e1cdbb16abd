package vn.eoffice.platform;

/**
 * One record waiting for a person, as the queue shows it: a human label and the path of the page whose form does
 * the step (e.g. "/documents/12#directive").
 */
public record WaitingItem(String label, String link) {
}
