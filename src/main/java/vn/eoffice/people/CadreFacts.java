package vn.eoffice.people;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * What succession planning (quy hoạch) judges of a cadre: birth, gender, ethnicity, education, political theory,
 * whether a state-management course is on record, the current title and the job positions held now. Handed out only
 * to those who browse the agency's personnel.
 */
public record CadreFacts(Long id, Long agencyId, Long unitId, String fullName, LocalDate birthDate, Gender gender,
        Ethnicity ethnicity, String education, TheoryLevel theoryLevel, boolean stateManagement, String currentTitle,
        List<Long> positionIds) {

    /** Whole years of age on {@code date}; null when the date of birth is unknown. */
    public Integer ageOn(LocalDate date) {
        return birthDate == null ? null : Period.between(birthDate, date).getYears();
    }

    public boolean female() {
        return gender == Gender.FEMALE;
    }

    /** Of an ethnic minority (dân tộc thiểu số): any people but the Kinh. */
    public boolean minority() {
        return ethnicity != null && ethnicity != Ethnicity.KINH;
    }

    public EducationLevel educationLevel() {
        return EducationLevel.of(education);
    }
}
