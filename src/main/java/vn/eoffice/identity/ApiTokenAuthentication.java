package vn.eoffice.identity;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request authenticated by a personal access token.
 */
class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final CurrentUser user;

    ApiTokenAuthentication(CurrentUser user) {
        super(user.getAuthorities());
        this.user = user;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return user;
    }
}
