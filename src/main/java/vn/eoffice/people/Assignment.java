package vn.eoffice.people;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.eoffice.platform.DomainException;

/** A person holding a job position from a date: their primary position or a concurrent one. */
@Entity
@Table(name = "job_assignment")
class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long positionId;
    private Long cadreId;
    private boolean main;
    private LocalDate validFrom;
    private LocalDate validTo;

    protected Assignment() {
    }

    Assignment(Long positionId, Long cadreId, boolean main, LocalDate validFrom) {
        this.positionId = positionId;
        this.cadreId = cadreId;
        this.main = main;
        this.validFrom = validFrom;
    }

    /** A new primary position ends the previous one the day before; it cannot start before the previous did. */
    void endBefore(LocalDate next) {
        if (!next.isAfter(validFrom)) {
            throw new DomainException("people.assignment.notAfterCurrent");
        }
        this.validTo = next.minusDays(1);
    }

    Long getPositionId() { return positionId; }
    Long getCadreId() { return cadreId; }
    boolean isMain() { return main; }
    LocalDate getValidFrom() { return validFrom; }
}
