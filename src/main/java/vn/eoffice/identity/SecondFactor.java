package vn.eoffice.identity;

import java.io.Serial;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.Outcome;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;
import vn.eoffice.platform.SecretBox;

/**
 * The optional second factor of administrators and leaders: a TOTP code from an authenticator app ({@link Totp}),
 * asked after the password. Enrolment proves the app works by one code; the administrator can reset it for a person
 * who lost their phone. Codes typed at login are throttled and audited like passwords.
 */
@Service
@Transactional
public class SecondFactor {

    /** Session attribute holding the {@link Pending} login between the password and the code. */
    public static final String PENDING = SecondFactor.class.getName() + ".pending";
    /** How long the code may be typed after the password. */
    public static final Duration PENDING_FOR = Duration.ofMinutes(5);

    /** A new secret, shown once: as text to type and as the address an authenticator app reads. */
    public record Enrolment(String secret, String uri) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** A login whose password was right and whose code is awaited. */
    public record Pending(Long userId, String username, Instant passwordAt) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        public boolean expired(Instant now) {
            return passwordAt.plus(PENDING_FOR).isBefore(now);
        }
    }

    private static final String SEALED = "sealed:";

    private final Users users;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;
    private final SecretBox box;
    private final SecureRandom random = new SecureRandom();

    SecondFactor(Users users, LoginThrottle throttle, AuditLog audit, Clock clock, SecretBox box) {
        this.users = users;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
        this.box = box;
    }

    /** Administrators and leaders may add a second factor (in their own right, not through a delegation). */
    @Transactional(readOnly = true)
    public boolean offeredTo(CurrentUser user) {
        return user.roles().contains(Role.ADMIN) || user.roles().contains(Role.LEADER);
    }

    @Transactional(readOnly = true)
    public boolean enrolled(Long userId) {
        return user(userId).hasSecondFactor();
    }

    /** A fresh secret for the person to put in an authenticator app; nothing is stored until {@link #enrol}. */
    @Transactional(readOnly = true)
    public Enrolment newSecret(CurrentUser user) {
        byte[] secret = new byte[20];
        random.nextBytes(secret);
        String text = Totp.base32(secret);
        String label = URLEncoder.encode("eOffice:" + user.username(), StandardCharsets.UTF_8).replace("+", "%20");
        return new Enrolment(text, "otpauth://totp/" + label + "?secret=" + text
                + "&issuer=eOffice&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS);
    }

    /** Turns the second factor on with the secret of {@link #newSecret}, once a code from the app matches. */
    public void enrol(CurrentUser current, String secret, String code) {
        if (!offeredTo(current)) {
            throw new DomainException("totp.notOffered");
        }
        var step = Totp.matchingStep(Totp.fromBase32(secret), code, Instant.now(clock), 0)
                .orElseThrow(() -> new DomainException("totp.wrongCode"));
        user(current.id()).enrolSecondFactor(seal(secret), step);
        audit.record("TOTP_ENROLLED", "USER", current.id(), null);
    }

    /** The person turns the second factor off, proving they still hold it. */
    public void remove(CurrentUser current, String code) {
        var user = user(current.id());
        if (!user.hasSecondFactor() || Totp.matchingStep(seed(user), code,
                Instant.now(clock), user.getTotpLastStep()).isEmpty()) {
            throw new DomainException("totp.wrongCode");
        }
        user.removeSecondFactor();
        audit.record("TOTP_REMOVED", "USER", current.id(), null);
    }

    /** An administrator removes a person's second factor (lost phone); the person may enrol again. */
    public void reset(Long userId) {
        user(userId).removeSecondFactor();
        audit.record("TOTP_RESET", "USER", userId, null);
    }

    /**
     * The second step of a login: the principal to sign in when the code matches. A wrong code counts as a failed
     * login of the account and the address; an attempt that must wait is refused before the code is looked at.
     */
    @Transactional(noRollbackFor = DomainException.class)
    public CurrentUser completeLogin(Pending pending, String code, String address) {
        var wait = throttle.waitFor(pending.username(), address);
        if (wait.isPresent()) {
            long seconds = new LoginThrottledException(wait.get()).retryAfterSeconds();
            audit.recordFor(pending.userId(), pending.username(), "LOGIN_THROTTLED", "second factor",
                    Outcome.DENIED);
            throw new DomainException("login.error.throttled", seconds);
        }
        var user = user(pending.userId());
        var step = user.hasSecondFactor() ? Totp.matchingStep(seed(user), code,
                Instant.now(clock), user.getTotpLastStep()) : java.util.OptionalLong.empty();
        if (step.isEmpty() || !user.isEnabled()) {
            throttle.recordFailure(pending.username(), address);
            audit.recordFor(user.getId(), pending.username(), "LOGIN_FAILED", "second factor", Outcome.DENIED);
            throw new DomainException("totp.wrongCode");
        }
        user.usedSecondFactorStep(step.getAsLong());
        throttle.recordSuccess(user.getUsername());
        audit.recordFor(user.getId(), user.getUsername(), "LOGIN", "second factor", Outcome.SUCCESS);
        return new CurrentUser(user, null);
    }

    private String seal(String base32) {
        return SEALED + box.seal(base32.toCharArray());
    }

    /** The seed as the app holds it; one stored before seeds were sealed is sealed now. */
    private byte[] seed(User user) {
        String stored = user.getTotpSecret();
        if (!stored.startsWith(SEALED)) {
            user.enrolSecondFactor(seal(stored), user.getTotpLastStep());
            return Totp.fromBase32(stored);
        }
        return Totp.fromBase32(new String(box.open(stored.substring(SEALED.length()))));
    }

    private User user(Long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("user " + id));
    }
}
