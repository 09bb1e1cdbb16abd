package vn.eoffice.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import vn.eoffice.platform.Secrecy;

/**
 * Creates throw-away accounts with unique usernames so that tests never lock or change the demo users.
 */
@Component
public class TestAccounts {

    public static final String PASSWORD = "Secret123x";

    private final UserManagement users;
    private final UserDetailsService details;

    TestAccounts(UserManagement users, UserDetailsService details) {
        this.users = users;
        this.details = details;
    }

    /**
     * A throw-away account: what the module hands out ({@link #account()}), with the getters tests were written
     * against when the account was the entity.
     */
    public record Account(UserAccount account) {

        public Long getId() {
            return account.id();
        }

        public String getUsername() {
            return account.username();
        }

        public String getFullName() {
            return account.fullName();
        }

        public Instant getPasswordChangedAt() {
            return account.passwordChangedAt();
        }
    }

    public Account create(Role role) {
        return create(role, "t" + UUID.randomUUID().toString().substring(0, 8));
    }

    public Account create(Role role, String username) {
        Long agencyId = agencyId();
        return new Account(users.create(new UserDetailsForm(username, "Người thử " + username, "Chuyên viên", null,
                null, agencyId, null, EnumSet.of(role), Secrecy.NONE, true), PASSWORD));
    }

    /**
     * The demo commission, where the demo users work: named through its clerk, since other tests host agencies of
     * their own that may sort before it.
     */
    public Long agencyId() {
        return principal("vanthu").agencyId();
    }

    /** The principal the real login would produce, for MockMvc's {@code user(...)}. */
    public CurrentUser principal(String username) {
        return (CurrentUser) details.loadUserByUsername(username);
    }
}
