package vn.eoffice.organization;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import vn.eoffice.platform.DomainException;

/**
 * The dates between which a record is in force, both days included; an open end means "until further notice".
 */
@Embeddable
public record Validity(@Column(name = "valid_from") LocalDate from, @Column(name = "valid_to") LocalDate to) {

    public Validity {
        if (from == null) {
            throw new DomainException("validity.from.required");
        }
        if (to != null && to.isBefore(from)) {
            throw new DomainException("validity.to.beforeFrom");
        }
    }

    public static Validity from(LocalDate from) {
        return new Validity(from, null);
    }

    public boolean includes(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    /** Ends on {@code lastDay}, which must not be before the start. */
    Validity endingOn(LocalDate lastDay) {
        return new Validity(from, lastDay);
    }
}
