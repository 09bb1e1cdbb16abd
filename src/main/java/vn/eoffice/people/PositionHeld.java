package vn.eoffice.people;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.eoffice.platform.DomainException;

/** A position held from a date until the next decision (quá trình công tác). */
@Entity
@Table(name = "cadre_position_held")
class PositionHeld {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long cadreId;
    private String title;
    private String unitName;
    private LocalDate validFrom;
    private LocalDate validTo;
    @Enumerated(EnumType.STRING)
    private DecisionKind decisionKind;
    private String decisionNumber;
    private LocalDate decisionDate;

    protected PositionHeld() {
    }

    PositionHeld(Long cadreId, PositionHeldForm form) {
        if (form.decisionDate().isAfter(form.validFrom())) {
            throw new DomainException("people.history.decisionAfterStart");
        }
        this.cadreId = cadreId;
        this.title = form.title().trim();
        this.unitName = form.unitName() == null || form.unitName().isBlank() ? null : form.unitName().trim();
        this.validFrom = form.validFrom();
        this.decisionKind = form.decisionKind();
        this.decisionNumber = form.decisionNumber().trim();
        this.decisionDate = form.decisionDate();
    }

    /** The next decision ends this position the day before it takes effect; it must come after this one began. */
    void endBefore(PositionHeld next) {
        if (!next.validFrom.isAfter(validFrom)) {
            throw new DomainException("people.history.notAfterCurrent");
        }
        this.validTo = next.validFrom.minusDays(1);
    }

    boolean open() {
        return validTo == null;
    }

    CadreProfile.HeldPosition view() {
        return new CadreProfile.HeldPosition(id, title, unitName, validFrom, validTo, decisionKind, decisionNumber,
                decisionDate);
    }

    Long getCadreId() { return cadreId; }
    String getTitle() { return title; }
    LocalDate getValidFrom() { return validFrom; }
}
