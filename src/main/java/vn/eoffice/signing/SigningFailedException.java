package vn.eoffice.signing;

import vn.eoffice.platform.DomainException;

/** A signature could not be made; the message key tells the user why. */
public class SigningFailedException extends DomainException {

    public SigningFailedException(String messageKey, Throwable cause, Object... arguments) {
        super(messageKey, arguments);
        initCause(cause);
    }
}
