package vn.eoffice.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.eoffice.platform.Secrecy;
import vn.eoffice.platform.SigningAuthority;

/**
 * A person who signs in: belongs to an agency and usually a unit, holds roles and a secrecy clearance.
 */
@Entity
@Table(name = "app_user")
class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String passwordHash;
    private String fullName;
    /** Chức vụ, e.g. "Phó Trưởng ban". */
    private String title;
    private String email;
    private String phone;
    private Long agencyId;
    private Long unitId;
    @Enumerated(EnumType.STRING)
    private Secrecy clearance = Secrecy.NONE;
    private boolean enabled = true;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private SigningAuthority signingAuthority;
    private Instant passwordChangedAt;
    private Instant createdAt;
    /** Base32 secret of the second factor (TOTP), null when the person has none. */
    private String totpSecret;
    private long totpLastStep;
    /** Username and name folded for searching without diacritics ({@link Folding}). */
    private String searchText;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    @Version
    private long version;

    protected User() {
    }

    User(String username, String passwordHash, String fullName, Long agencyId, Instant now) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.agencyId = agencyId;
        this.createdAt = now;
        this.passwordChangedAt = now;
        this.searchText = Folding.fold(username + " " + fullName);
    }

    void update(String fullName, String title, String email, String phone, Long agencyId, Long unitId,
            Secrecy clearance, Set<Role> roles, boolean enabled) {
        this.fullName = fullName;
        this.title = title;
        this.email = email;
        this.phone = phone;
        this.agencyId = agencyId;
        this.unitId = unitId;
        this.clearance = clearance;
        this.roles.clear();
        this.roles.addAll(roles);
        this.enabled = enabled;
        this.searchText = Folding.fold(username + " " + fullName);
    }

    /** Gives (or, with null, takes back) the authority to sign the agency's documents. */
    void authoriseSigning(SigningAuthority authority) {
        this.signingAuthority = authority;
    }

    void updateContact(String email, String phone) {
        this.email = email;
        this.phone = phone;
    }

    void changePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
    }

    void enrolSecondFactor(String secret, long step) {
        this.totpSecret = secret;
        this.totpLastStep = step;
    }

    void removeSecondFactor() {
        this.totpSecret = null;
        this.totpLastStep = 0;
    }

    /** Records the step of a code just used, so that the same code cannot sign in twice. */
    void usedSecondFactorStep(long step) {
        this.totpLastStep = step;
    }

    String getTotpSecret() { return totpSecret; }
    long getTotpLastStep() { return totpLastStep; }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    String getPasswordHash() { return passwordHash; }
    public String getFullName() { return fullName; }
    public String getTitle() { return title; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public Long getAgencyId() { return agencyId; }
    public Long getUnitId() { return unitId; }
    public Secrecy getClearance() { return clearance; }
    public SigningAuthority getSigningAuthority() { return signingAuthority; }
    public boolean isEnabled() { return enabled; }
    public Instant getPasswordChangedAt() { return passwordChangedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Set<Role> getRoles() { return Set.copyOf(roles); }
    public long getVersion() { return version; }
}
