package vn.eoffice.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.Secrecy;

/**
 * Outside the demo profile there is no default password: on an empty database the first administrator is created
 * from {@code eoffice.identity.bootstrap-admin.*}, attached to the first hosted agency.
 */
@Component
@Profile("!demo")
@Order(10)
class BootstrapAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

    private final UserManagement users;
    private final OrganizationDirectory organization;
    private final IdentityProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    BootstrapAdministrator(UserManagement users, OrganizationDirectory organization, IdentityProperties properties,
            TransactionTemplate transactions, Clock clock) {
        this.users = users;
        this.organization = organization;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var admin = properties.bootstrapAdmin();
        if (users.anyUser() || admin == null || admin.username() == null || admin.username().isBlank()) {
            return;
        }
        var agencies = organization.hostedAgencies(LocalDate.now(clock));
        if (agencies.isEmpty()) {
            log.warn("No hosted agency yet: the bootstrap administrator will be created once one exists");
            return;
        }
        transactions.executeWithoutResult(status -> users.create(new UserDetailsForm(admin.username(),
                admin.fullName(), null, null, null, agencies.get(0).id(), null, EnumSet.of(Role.ADMIN),
                Secrecy.NONE, true), admin.password()));
        log.info("Created the first administrator '{}' from configuration", admin.username());
    }
}
