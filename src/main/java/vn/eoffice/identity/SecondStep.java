package vn.eoffice.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * After the right password: a person with a second factor is not signed in yet. The session only remembers whose
 * password it was ({@link SecondFactor.Pending}) and the browser goes on to the code; everyone else lands on the
 * page they asked for.
 */
class SecondStep implements AuthenticationSuccessHandler {

    private final AuthenticationSuccessHandler signedIn;
    private final Clock clock;

    SecondStep(Clock clock) {
        var handler = new SavedRequestAwareAuthenticationSuccessHandler();
        handler.setDefaultTargetUrl("/");
        this.signedIn = handler;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        if (!(authentication.getPrincipal() instanceof CurrentUser user) || !user.secondFactor()) {
            signedIn.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        SecurityContextHolder.clearContext();
        new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                new HttpSessionSecurityContextRepository())
                .saveContext(SecurityContextHolder.createEmptyContext(), request, response);
        request.getSession().setAttribute(SecondFactor.PENDING,
                new SecondFactor.Pending(user.id(), user.username(), Instant.now(clock)));
        response.sendRedirect(request.getContextPath() + "/login/second-factor");
    }
}
