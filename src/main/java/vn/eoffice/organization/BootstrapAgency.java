package vn.eoffice.organization;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.platform.DomainException;

/**
 * Outside the demo profile: on a database without agencies, creates the hosted agency described by
 * {@code eoffice.organization.bootstrap-agency.*}. Runs before the bootstrap administrator (order 10), who is
 * attached to the first hosted agency.
 */
@Component
@Profile("!demo")
@Order(5)
class BootstrapAgency implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAgency.class);

    private final Agencies agencies;
    private final OrganizationManagement management;
    private final OrganizationProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    BootstrapAgency(Agencies agencies, OrganizationManagement management, OrganizationProperties properties,
            TransactionTemplate transactions, Clock clock) {
        this.agencies = agencies;
        this.management = management;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var wanted = properties.bootstrapAgency();
        if (agencies.count() > 0 || wanted == null || !wanted.configured()) {
            return;
        }
        String code = wanted.identifierCode() == null || wanted.identifierCode().isBlank() ? null
                : wanted.identifierCode().trim();
        if (code != null && !code.matches(AgencyDetails.IDENTIFIER_CODE)) {
            throw new IllegalStateException("eoffice.organization.bootstrap-agency.identifier-code '" + code
                    + "' does not look like 000.00.00.H14");
        }
        var details = new AgencyDetails(wanted.name().trim(), null, wanted.abbreviation().trim(), code,
                wanted.kind() == null ? AgencyKind.PARTY_COMMISSION : wanted.kind(), null, null, null, null, null,
                LocalDate.now(clock), null);
        try {
            transactions.executeWithoutResult(status -> management.createAgency(details, true));
        } catch (DomainException e) {
            throw new IllegalStateException("Cannot create the bootstrap agency: " + e.messageKey(), e);
        }
        log.info("Created the hosted agency '{}' ({}) from configuration", details.name(), details.abbreviation());
    }
}
