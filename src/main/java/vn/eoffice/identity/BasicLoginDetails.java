package vn.eoffice.identity;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Marks a login made with HTTP Basic, which has no room for a second factor. */
class BasicLoginDetails extends WebAuthenticationDetails {

    BasicLoginDetails(HttpServletRequest request) {
        super(request);
    }
}
