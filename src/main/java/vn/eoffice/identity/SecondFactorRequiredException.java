package vn.eoffice.identity;

import org.springframework.security.core.AuthenticationException;

/** The right password over HTTP Basic for an account that signs in with a second factor: tokens are the way. */
class SecondFactorRequiredException extends AuthenticationException {

    SecondFactorRequiredException() {
        super("second factor required");
    }
}
