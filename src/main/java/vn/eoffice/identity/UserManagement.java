package vn.eoffice.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;
import vn.eoffice.platform.SigningAuthority;

/**
 * People and their access: accounts, passwords, roles, clearance, delegations. Every change is audited.
 */
@Service
@Transactional
public class UserManagement {

    private final Users users;
    private final Delegations delegations;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final OrganizationDirectory organization;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final LoginThrottle throttle;
    private final Clock clock;

    UserManagement(Users users, Delegations delegations, PasswordEncoder encoder, PasswordPolicy policy,
            OrganizationDirectory organization, AuditLog audit, ApplicationEventPublisher events,
            LoginThrottle throttle, Clock clock) {
        this.users = users;
        this.delegations = delegations;
        this.encoder = encoder;
        this.policy = policy;
        this.organization = organization;
        this.audit = audit;
        this.events = events;
        this.throttle = throttle;
        this.clock = clock;
    }

    public UserAccount create(UserDetailsForm form, String initialPassword) {
        if (users.existsByUsernameIgnoreCase(form.username())) {
            throw new DomainException("user.username.taken", form.username());
        }
        policy.check(form.username(), initialPassword);
        checkUnitBelongs(form.agencyId(), form.unitId());
        var user = new User(form.username().trim(), encoder.encode(initialPassword), form.fullName().trim(),
                form.agencyId(), Instant.now(clock));
        user.update(form.fullName().trim(), form.title(), form.email(), form.phone(), form.agencyId(), form.unitId(),
                form.clearance(), form.roles(), form.enabled());
        var saved = users.save(user);
        audit.record("USER_CREATED", "USER", saved.getId(), saved.getUsername() + " " + saved.getRoles());
        return UserAccount.of(saved);
    }

    public UserAccount update(Long id, UserDetailsForm form) {
        return update(id, user(id).getVersion(), form);
    }

    /** Refused with an optimistic-lock failure when the person was changed since {@code version} was read. */
    public UserAccount update(Long id, long version, UserDetailsForm form) {
        var user = user(id);
        if (user.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(User.class, id);
        }
        checkUnitBelongs(form.agencyId(), form.unitId());
        user.update(form.fullName().trim(), form.title(), form.email(), form.phone(), form.agencyId(),
                form.unitId(), form.clearance(), form.roles(), form.enabled());
        audit.record("USER_UPDATED", "USER", id,
                user.getUsername() + " " + form.roles() + " " + form.clearance() + (form.enabled() ? "" : " disabled"));
        return UserAccount.of(user);
    }

    /** A person changes their own password, proving the current one. */
    public void changeOwnPassword(Long id, String currentPassword, String newPassword) {
        var user = user(id);
        if (!encoder.matches(currentPassword, user.getPasswordHash())) {
            throw new DomainException("password.currentWrong");
        }
        policy.check(user.getUsername(), newPassword);
        user.changePassword(encoder.encode(newPassword), Instant.now(clock));
        audit.record("PASSWORD_CHANGED", "USER", id, null);
    }

    /** An administrator sets a new password, e.g. for a person who forgot theirs. */
    public void resetPassword(Long id, String newPassword) {
        var user = user(id);
        policy.check(user.getUsername(), newPassword);
        user.changePassword(encoder.encode(newPassword), Instant.now(clock));
        throttle.forgive(user.getUsername());
        audit.record("PASSWORD_RESET", "USER", id, null);
        events.publishEvent(new PasswordReset(id));
    }

    /** Lifts the delays that failed logins put on the person's account name (the addresses keep theirs). */
    public void unlock(Long id) {
        var user = user(id);
        throttle.forgive(user.getUsername());
        audit.record("USER_UNLOCKED", "USER", id, null);
    }

    /** Of these people, those whose next login must still wait after failed ones, with the end of the wait. */
    @Transactional(readOnly = true)
    public Map<Long, Instant> loginBlockedUntil(Collection<UserAccount> people) {
        var blocked = throttle.blockedAccounts(people.stream().map(UserAccount::username).toList());
        var byId = new HashMap<Long, Instant>();
        for (UserAccount person : people) {
            var until = blocked.get(person.username());
            if (until != null) {
                byId.put(person.id(), until);
            }
        }
        return byId;
    }

    /** Enabled administrators of the installation, e.g. to warn them of an attack on the logins. */
    @Transactional(readOnly = true)
    public List<UserSummary> administrators() {
        return users.findByRoleAndEnabledTrue(Role.ADMIN).stream().map(UserSummary::of).toList();
    }

    public void updateContact(Long id, String email, String phone) {
        user(id).updateContact(email, phone);
        audit.record("USER_CONTACT_UPDATED", "USER", id, null);
    }

    /**
     * Gives a person the authority to sign the agency's documents (K/T, T/L, TUQ, Q.), or takes it back with null.
     * Leaders sign by their office; this is for the others the agency authorises.
     */
    public void authoriseSigning(Long id, SigningAuthority granted) {
        var authority = granted == SigningAuthority.NONE ? null : granted;
        var user = user(id);
        if (authority != null && !user.isEnabled()) {
            throw new DomainException("signingAuthority.disabledUser");
        }
        user.authoriseSigning(authority);
        audit.record(authority == null ? "SIGNING_AUTHORITY_REVOKED" : "SIGNING_AUTHORITY_GRANTED", "USER", id,
                user.getUsername() + (authority == null ? "" : " " + authority.prefix()));
    }

    public DelegationView delegate(Long delegatorId, Long deputyId, LocalDate from, LocalDate to, String reason) {
        var delegator = user(delegatorId);
        var deputy = user(deputyId);
        if (!delegator.getAgencyId().equals(deputy.getAgencyId())) {
            throw new DomainException("delegation.otherAgency");
        }
        var saved = delegations.save(new Delegation(delegatorId, deputyId, from, to, reason, Instant.now(clock)));
        audit.record("DELEGATION_CREATED", "DELEGATION", saved.getId(),
                delegator.getUsername() + " -> " + deputy.getUsername() + " " + from + ".." + to);
        events.publishEvent(new DelegationGranted(saved.getId(), delegatorId, deputyId, from, to));
        return DelegationView.of(saved);
    }

    public void revokeDelegation(Long delegationId) {
        var delegation = delegations.findById(delegationId).orElseThrow(() -> new NotFoundException("delegation"));
        delegation.revoke(Instant.now(clock));
        audit.record("DELEGATION_REVOKED", "DELEGATION", delegationId, null);
    }

    /** A fresh principal for a signed-in person (e.g. after a password change), keeping the delegation. */
    @Transactional(readOnly = true)
    public CurrentUser refreshed(CurrentUser current) {
        var user = user(current.id());
        return new CurrentUser(user, null).withDelegator(current.delegator());
    }

    /** The delegations under which {@code deputyId} may act today. */
    @Transactional(readOnly = true)
    public List<DelegationView> activeDelegationsFor(Long deputyId) {
        LocalDate today = LocalDate.now(clock);
        return delegations.findByDeputyIdAndRevokedAtIsNull(deputyId).stream()
                .filter(d -> d.activeOn(today))
                .map(DelegationView::of)
                .toList();
    }

    /** The principal to use while {@code user} acts for {@code delegatorId}; refused without an active delegation. */
    public CurrentUser actFor(CurrentUser user, Long delegatorId) {
        if (delegatorId == null) {
            audit.record("DELEGATION_ENDED", "USER", user.id(), null);
            return user.withDelegator(null);
        }
        activeDelegationsFor(user.id()).stream()
                .filter(d -> d.delegatorId().equals(delegatorId))
                .findFirst()
                .orElseThrow(() -> new DomainException("delegation.notActive"));
        var delegator = user(delegatorId);
        audit.record("DELEGATION_STARTED", "USER", delegatorId, user.username() + " acts for "
                + delegator.getUsername());
        return user.withDelegator(new CurrentUser.Delegator(delegator.getId(), delegator.getUsername(),
                delegator.getFullName(), delegator.getUnitId(), delegator.getRoles()));
    }

    @Transactional(readOnly = true)
    public List<DelegationView> delegations() {
        return delegations.findAllByOrderByValidFromDesc().stream().map(DelegationView::of).toList();
    }

    @Transactional(readOnly = true)
    public UserAccount get(Long id) {
        return UserAccount.of(user(id));
    }

    private User user(Long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("user " + id));
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> findByUsername(String username) {
        return users.findByUsernameIgnoreCase(username).map(UserSummary::of);
    }

    @Transactional(readOnly = true)
    public UserSummary summary(Long id) {
        return UserSummary.of(user(id));
    }

    /** Enabled people of an agency, by name (for pickers: an agency has tens of people, not thousands). */
    @Transactional(readOnly = true)
    public List<UserSummary> staffOf(Long agencyId) {
        return users.findByAgencyIdAndEnabledTrueOrderByFullName(agencyId).stream().map(UserSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public List<UserSummary> membersOf(Long unitId) {
        return users.findByUnitIdAndEnabledTrueOrderByFullName(unitId).stream().map(UserSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public Page<UserAccount> search(Long agencyId, Long unitId, String text, Pageable pageable) {
        String like = text == null || text.isBlank() ? null : "%" + Folding.fold(text.trim()) + "%";
        return users.search(agencyId, unitId, like, pageable).map(UserAccount::of);
    }

    /** The shortest password the policy accepts, to tell people before they type one. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public int passwordMinLength() {
        return policy.minLength();
    }

    @Transactional(readOnly = true)
    public boolean anyUser() {
        return users.count() > 0;
    }

    private void checkUnitBelongs(Long agencyId, Long unitId) {
        organization.agency(agencyId);
        if (unitId != null && !organization.unit(unitId).agencyId().equals(agencyId)) {
            throw new DomainException("user.unit.otherAgency");
        }
    }
}
