package vn.eoffice.documents;

import java.util.Objects;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A register (sổ văn bản) of one agency: incoming, outgoing or internal, possibly kept for secret documents only,
 * numbering by its {@link NumberingPolicy}. A register is a book, not a series: every register of the agency that
 * numbers by the same rule draws from the agency's one series for that rule (DOMAIN.md §8), unless the administrator
 * names a separate series whose numbers cannot coincide with any other register's.
 */
@Entity
public class Register {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long agencyId;
    @Enumerated(EnumType.STRING)
    private RegisterKind kind;
    private String name;
    /** Party rules write the type code in every number; State rules leave it out for công văn and thư công. */
    private boolean partyRules;
    @Embedded
    private NumberingPolicy policy;
    private boolean secretOnly;
    /** The name of a separate series the administrator set up on purpose; null: the agency's common series. */
    private String separateSeries;
    private boolean active = true;
    @Version
    private long version;

    protected Register() {
    }

    public Register(Long agencyId, RegisterKind kind, String name, boolean partyRules, NumberingPolicy policy,
            boolean secretOnly) {
        this(agencyId, kind, name, partyRules, policy, secretOnly, null);
    }

    public Register(Long agencyId, RegisterKind kind, String name, boolean partyRules, NumberingPolicy policy,
            boolean secretOnly, String separateSeries) {
        this.agencyId = agencyId;
        this.kind = kind;
        this.name = name;
        this.partyRules = partyRules;
        this.policy = policy;
        this.secretOnly = secretOnly;
        this.separateSeries = separateSeries;
    }

    void update(String name, NumberingPolicy policy, boolean secretOnly, String separateSeries, boolean active) {
        this.name = name;
        this.policy = policy;
        this.secretOnly = secretOnly;
        this.separateSeries = separateSeries;
        this.active = active;
    }

    /**
     * Which of the agency's counters a document of this type and secrecy draws from. Arrival numbers are one
     * sequence in order of receipt, secret incoming documents in a book and series of their own (Decree 30 art. 16
     * and 22); outgoing and internal registers share the series of their rule.
     */
    String seriesKey(String typeCode, boolean secret) {
        String group = (kind == RegisterKind.INCOMING ? "in" : "out")
                + (separateSeries == null ? "" : "@" + separateSeries);
        if (kind == RegisterKind.INCOMING) {
            return group + ":" + policy.seriesKey(typeCode, false) + (secretOnly ? ":secret" : "");
        }
        return group + ":" + policy.seriesKey(typeCode, secret);
    }

    /** Whether a document numbered here and one numbered in {@code other} always draw from the same counter. */
    boolean sharesCountersWith(Register other) {
        return agencyId.equals(other.agencyId) && isIncoming() == other.isIncoming()
                && Objects.equals(separateSeries, other.separateSeries)
                && policy.scope() == other.policy.scope() && policy.reset() == other.policy.reset()
                && (isIncoming() ? secretOnly == other.secretOnly
                        : policy.secretSeries() == other.policy.secretSeries());
    }

    /** Whether the two registers' numbers are of one kind (arrival numbers, or numbers and symbols). */
    boolean numbersLike(Register other) {
        return agencyId.equals(other.agencyId) && isIncoming() == other.isIncoming()
                // a secret incoming book keeps its own series by law: its arrival numbers are told apart by the book
                && (!isIncoming() || secretOnly == other.secretOnly);
    }

    public boolean isIncoming() {
        return kind == RegisterKind.INCOMING;
    }

    /** Whether a document of this type writes its type code in the number under this register's rules. */
    boolean writesTypeCode(DocumentType type) {
        return type != null && (partyRules || type.isStateCodeInNumber());
    }

    public Long getId() { return id; }
    public Long getAgencyId() { return agencyId; }
    public RegisterKind getKind() { return kind; }
    public String getName() { return name; }
    public boolean isPartyRules() { return partyRules; }
    public NumberingPolicy getPolicy() { return policy; }
    public boolean isSecretOnly() { return secretOnly; }
    public String getSeparateSeries() { return separateSeries; }
    public boolean isActive() { return active; }
    public long getVersion() { return version; }
}
