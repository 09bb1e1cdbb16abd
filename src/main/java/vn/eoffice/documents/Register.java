package vn.eoffice.documents;

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
 * numbering by its {@link NumberingPolicy}.
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
    private boolean active = true;
    @Version
    private long version;

    protected Register() {
    }

    public Register(Long agencyId, RegisterKind kind, String name, boolean partyRules, NumberingPolicy policy,
            boolean secretOnly) {
        this.agencyId = agencyId;
        this.kind = kind;
        this.name = name;
        this.partyRules = partyRules;
        this.policy = policy;
        this.secretOnly = secretOnly;
    }

    void update(String name, NumberingPolicy policy, boolean secretOnly, boolean active) {
        this.name = name;
        this.policy = policy;
        this.secretOnly = secretOnly;
        this.active = active;
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
    public boolean isActive() { return active; }
    public long getVersion() { return version; }
}
