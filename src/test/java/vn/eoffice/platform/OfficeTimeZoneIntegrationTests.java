package vn.eoffice.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.PastOrPresent;

import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tests' JVM runs in UTC, as servers often do; "today" must still be the office's today.
 */
@IntegrationTest
class OfficeTimeZoneIntegrationTests {

    @Autowired ValidatorFactory validation;
    @Autowired Clock clock;

    record Dated(@PastOrPresent LocalDate day) {
    }

    @Test
    void theApplicationClockAndTheValidatorsClockAreTheOfficesClock() {
        assertThat(clock.getZone()).isEqualTo(OfficeDate.ZONE);
        assertThat(validation.getClockProvider().getClock().getZone()).isEqualTo(OfficeDate.ZONE);
    }

    @Test
    void aDateThatIsTodayInDienBienButTomorrowInUtcIsNotInTheFuture() {
        // 00:30 on 4 December in Điện Biên, still 3 December in UTC
        var justAfterMidnight = Clock.fixed(Instant.parse("2026-12-03T17:30:00Z"), OfficeDate.ZONE);
        var configuration = Validation.byProvider(HibernateValidator.class).configure();
        new TimeConfiguration().officeClockForValidation(justAfterMidnight).customize(configuration);
        try (var factory = configuration.buildValidatorFactory()) {
            var validator = factory.getValidator();

            assertThat(validator.validate(new Dated(LocalDate.of(2026, 12, 4)))).isEmpty();
            assertThat(validator.validate(new Dated(LocalDate.of(2026, 12, 5)))).hasSize(1);
        }
    }
}
