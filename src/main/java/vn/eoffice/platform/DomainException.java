package vn.eoffice.platform;

/**
 * A rule of the domain was broken by the caller's input. Carries a message key (with arguments) that the web and API
 * layers translate into a clear message for the user; never a stack trace.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
