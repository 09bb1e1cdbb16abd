package vn.eoffice.documents;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A document type (loại văn bản) and the code written in numbers: NQ, QĐ, HD, CV…
 */
@Entity
@Table(name = "document_type")
class DocumentType {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private boolean party;
    private boolean state;
    private boolean stateCodeInNumber = true;
    private boolean active = true;
    private int sortOrder;
    @Version
    private long version;

    protected DocumentType() {
    }

    public DocumentType(String code, String name, boolean party, boolean state, boolean stateCodeInNumber,
            int sortOrder) {
        this.code = code;
        this.name = name;
        this.party = party;
        this.state = state;
        this.stateCodeInNumber = stateCodeInNumber;
        this.sortOrder = sortOrder;
    }

    void update(String code, String name, boolean party, boolean state, boolean stateCodeInNumber, boolean active,
            int sortOrder) {
        this.code = code;
        this.name = name;
        this.party = party;
        this.state = state;
        this.stateCodeInNumber = stateCodeInNumber;
        this.active = active;
        this.sortOrder = sortOrder;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public boolean isParty() { return party; }
    public boolean isState() { return state; }
    public boolean isStateCodeInNumber() { return stateCodeInNumber; }
    public boolean isActive() { return active; }
    public int getSortOrder() { return sortOrder; }
    public long getVersion() { return version; }
}
