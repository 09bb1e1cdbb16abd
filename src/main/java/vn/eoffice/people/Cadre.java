package vn.eoffice.people;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import vn.eoffice.organization.SearchText;
import vn.eoffice.platform.DomainException;

/** A cadre record (hồ sơ cán bộ) of an agency, linked to the person's account or not (commune cadres). */
@Entity
class Cadre {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private Long agencyId;
    private Long unitId;
    private Long userId;
    private String fullName;
    private String searchKey;
    private LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    @Enumerated(EnumType.STRING)
    private Ethnicity ethnicity;
    private String hometown;
    private LocalDate partyJoined;
    private LocalDate partyOfficial;
    private String partyCell;
    private String education;
    @Enumerated(EnumType.STRING)
    private TheoryLevel theoryLevel;
    private String itLevel;
    private String languageLevel;
    private Instant createdAt;

    protected Cadre() {
    }

    Cadre(Long agencyId, CadreForm form, Instant now) {
        this.agencyId = agencyId;
        this.createdAt = now;
        change(form);
    }

    /** Takes the form's values; Party official membership cannot come before joining. */
    void change(CadreForm form) {
        if (form.partyOfficial() != null && (form.partyJoined() == null
                || form.partyOfficial().isBefore(form.partyJoined()))) {
            throw new DomainException("people.form.partyOfficial.beforeJoined");
        }
        if (form.partyJoined() != null && form.birthDate() != null && !form.partyJoined().isAfter(form.birthDate())) {
            throw new DomainException("people.form.partyJoined.beforeBirth");
        }
        this.unitId = form.unitId();
        this.userId = form.userId();
        this.fullName = form.fullName().trim();
        this.searchKey = SearchText.fold(fullName);
        this.birthDate = form.birthDate();
        this.gender = form.gender();
        this.ethnicity = form.ethnicity();
        this.hometown = blankToNull(form.hometown());
        this.partyJoined = form.partyJoined();
        this.partyOfficial = form.partyOfficial();
        this.partyCell = blankToNull(form.partyCell());
        this.education = blankToNull(form.education());
        this.theoryLevel = form.theoryLevel();
        this.itLevel = blankToNull(form.itLevel());
        this.languageLevel = blankToNull(form.languageLevel());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    CadreProfile profile(java.util.List<CadreProfile.HeldPosition> history,
            java.util.List<CadreProfile.Holding> holdings) {
        return new CadreProfile(id, agencyId, unitId, userId, fullName, birthDate, gender, ethnicity, hometown,
                partyJoined, partyOfficial, partyCell, education, theoryLevel, itLevel, languageLevel, version,
                history, holdings);
    }

    CadreFacts facts(String currentTitle, boolean stateManagement, java.util.List<Long> positionIds) {
        return new CadreFacts(id, agencyId, unitId, fullName, birthDate, gender, ethnicity, education, theoryLevel,
                stateManagement, currentTitle, positionIds);
    }

    Long getId() { return id; }
    Long getAgencyId() { return agencyId; }
    Long getUnitId() { return unitId; }
    Long getUserId() { return userId; }
    String getFullName() { return fullName; }
    TheoryLevel getTheoryLevel() { return theoryLevel; }
    long getVersion() { return version; }
}
