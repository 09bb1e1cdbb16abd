package vn.eoffice.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Tells the login page why the login failed without saying whether the username exists: a disabled account is only
 * named to someone who typed its password, and a waiting attempt gets the same answer for any name.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException e) throws IOException {
        String query = e instanceof LoginThrottledException throttled ? "throttled&wait=" + throttled.retryAfterSeconds()
                : e instanceof DisabledException ? "disabled" : "bad";
        response.sendRedirect(request.getContextPath() + "/login?error=" + query);
    }
}
