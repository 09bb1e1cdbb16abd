package vn.eoffice.organization;

import java.time.LocalDate;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * An agency (cơ quan, tổ chức): a Party committee, commission, State agency… Hosted agencies work in this
 * installation; the others are the address book used as senders and recipients.
 */
@Entity
class Agency implements AgencyProfile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String shortName;
    /** Used in document numbers, e.g. BTGDVTU in "15-HD/BTGDVTU". */
    private String abbreviation;
    /** Electronic identifier code (mã định danh, QĐ 20/2020/QĐ-TTg), e.g. 000.00.00.H14. */
    private String identifierCode;
    @Enumerated(EnumType.STRING)
    private AgencyKind kind;
    private boolean hosted;
    private Long parentId;
    private String address;
    private String phone;
    private String email;
    private String website;
    private String fax;
    /** Địa danh written before the date on its documents and in edXML PromulgationInfo/Place ("Điện Biên"). */
    private String place;
    @Embedded
    private Validity validity;
    /** Name, abbreviations and code folded without diacritics, for searching. */
    private String searchKey;
    @Version
    private long version;

    protected Agency() {
    }

    Agency(String name, String abbreviation, AgencyKind kind, boolean hosted, Long parentId,
            Validity validity) {
        this.name = name;
        this.abbreviation = abbreviation;
        this.kind = kind;
        this.hosted = hosted;
        this.parentId = parentId;
        this.validity = validity;
        refreshSearchKey();
    }

    /** A new agency from what an administrator entered. */
    static Agency of(AgencyDetails details, boolean hosted) {
        var agency = new Agency(details.name().trim(), details.abbreviation().trim(), details.kind(), hosted,
                details.parentId(), new Validity(details.validFrom(), details.validTo()));
        agency.apply(details);
        return agency;
    }

    void apply(AgencyDetails details) {
        rename(details.name().trim(), details.abbreviation().trim(), details.kind(), details.parentId());
        describe(details.shortName(), details.identifierCode(), details.address(), details.phone(), details.email(),
                details.website());
        this.fax = AgencyDetails.clean(details.fax());
        this.place = AgencyDetails.clean(details.place());
        changeValidity(new Validity(details.validFrom(), details.validTo()));
    }

    Agency describe(String shortName, String identifierCode, String address, String phone, String email,
            String website) {
        this.shortName = AgencyDetails.clean(shortName);
        this.identifierCode = AgencyDetails.clean(identifierCode);
        this.address = AgencyDetails.clean(address);
        this.phone = AgencyDetails.clean(phone);
        this.email = AgencyDetails.clean(email);
        this.website = AgencyDetails.clean(website);
        refreshSearchKey();
        return this;
    }

    /** The place name written on its documents (địa danh) and its fax number. */
    Agency writesFrom(String place, String fax) {
        this.place = AgencyDetails.clean(place);
        this.fax = AgencyDetails.clean(fax);
        return this;
    }

    void rename(String name, String abbreviation, AgencyKind kind, Long parentId) {
        this.name = name;
        this.abbreviation = abbreviation;
        this.kind = kind;
        this.parentId = parentId;
        refreshSearchKey();
    }

    void changeValidity(Validity validity) {
        this.validity = validity;
    }

    /** Ends the agency's life on {@code lastDay} (merged, split or dissolved); its history stays. */
    void endOn(LocalDate lastDay) {
        this.validity = validity.endingOn(lastDay);
    }

    public boolean activeOn(LocalDate date) {
        return validity.includes(date);
    }

    private void refreshSearchKey() {
        this.searchKey = SearchText.fold(java.util.stream.Stream.of(name, shortName, abbreviation, identifierCode)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining(" ")));
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getShortName() { return shortName; }
    public String getAbbreviation() { return abbreviation; }
    public String getIdentifierCode() { return identifierCode; }
    public AgencyKind getKind() { return kind; }
    public boolean isHosted() { return hosted; }
    public Long getParentId() { return parentId; }
    public String getAddress() { return address; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
    public String getWebsite() { return website; }
    public String getFax() { return fax; }
    public String getPlace() { return place; }
    public Validity getValidity() { return validity; }
    public long getVersion() { return version; }
}
