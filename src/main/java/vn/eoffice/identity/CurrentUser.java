package vn.eoffice.identity;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.eoffice.platform.Actor;
import vn.eoffice.platform.Secrecy;
import vn.eoffice.platform.SigningAuthority;

/**
 * The signed-in person as every module sees it (controllers take it with {@code @AuthenticationPrincipal}).
 * {@link #actingFor()} is set while the person works on behalf of an absent colleague under a delegation.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer, Actor, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String username;
    private final String fullName;
    private final String title;
    private final Long agencyId;
    private final Long unitId;
    private final Set<Role> roles;
    private final Secrecy clearance;
    private final SigningAuthority signingAuthority;
    private final boolean enabled;
    /** Signs in with a second factor (TOTP) after the password. */
    private final boolean secondFactor;
    /** When the password was last set as of sign-in; a later change ends this session (SessionFreshnessFilter). */
    private final Instant passwordChangedAt;
    private transient String passwordHash;
    private final Delegator delegator;

    /** The colleague this person stands in for, with the rights that come with it. */
    public record Delegator(Long userId, String username, String fullName, Long unitId, Set<Role> roles)
            implements Serializable {
    }

    CurrentUser(User user, Delegator delegator) {
        this.id = user.getId();
        this.username = user.getUsername();
        this.fullName = user.getFullName();
        this.title = user.getTitle();
        this.agencyId = user.getAgencyId();
        this.unitId = user.getUnitId();
        this.roles = user.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.getRoles());
        this.clearance = user.getClearance();
        this.signingAuthority = user.getSigningAuthority();
        this.enabled = user.isEnabled();
        this.secondFactor = user.hasSecondFactor();
        this.passwordChangedAt = user.getPasswordChangedAt();
        this.passwordHash = user.getPasswordHash();
        this.delegator = delegator;
    }

    CurrentUser withDelegator(Delegator delegator) {
        return new CurrentUser(this, delegator);
    }

    private CurrentUser(CurrentUser other, Delegator delegator) {
        this.id = other.id;
        this.username = other.username;
        this.fullName = other.fullName;
        this.title = other.title;
        this.agencyId = other.agencyId;
        this.unitId = other.unitId;
        this.roles = other.roles;
        this.clearance = other.clearance;
        this.signingAuthority = other.signingAuthority;
        this.enabled = other.enabled;
        this.secondFactor = other.secondFactor;
        this.passwordChangedAt = other.passwordChangedAt;
        this.passwordHash = null;
        this.delegator = delegator;
    }

    public Long id() { return id; }
    @Override public Long userId() { return id; }
    @Override public String username() { return username; }
    public String fullName() { return fullName; }
    public String title() { return title; }
    public Long agencyId() { return agencyId; }
    public Long unitId() { return unitId; }
    public Set<Role> roles() { return Set.copyOf(roles); }
    public Secrecy clearance() { return clearance; }
    /** The authority to sign the agency's documents given to this person; null for none (leaders need none). */
    public SigningAuthority signingAuthority() { return signingAuthority; }
    public Delegator delegator() { return delegator; }
    Instant passwordChangedAt() { return passwordChangedAt; }
    public boolean secondFactor() { return secondFactor; }

    @Override
    public String actingFor() {
        return delegator == null ? null : delegator.username();
    }

    /** Whether the person holds the role, or holds it for now through the delegation they act under. */
    public boolean hasRole(Role role) {
        return roles.contains(role) || (delegator != null && delegator.roles().contains(role));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        var all = EnumSet.noneOf(Role.class);
        all.addAll(roles);
        if (delegator != null) {
            all.addAll(delegator.roles());
        }
        return all.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override public String getPassword() { return passwordHash; }
    @Override public String getUsername() { return username; }
    /** Never locked: failed logins earn delays for the attempts ({@link LoginThrottle}), not a lock on the account. */
    @Override public boolean isAccountNonLocked() { return true; }
    @Override public boolean isEnabled() { return enabled; }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CurrentUser other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return username;
    }
}
