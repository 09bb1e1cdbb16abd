package vn.eoffice.signing;

import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;

/**
 * Demo profile only: a demo certification authority (trusted), personal keys for {@code lanhdao} and
 * {@code truongban} (password {@code demo123}) with signature images, and the agency's key and seal, so the whole
 * sign-and-release flow works in the browser at first start.
 */
@Component
@Profile("demo")
@Order(5)
class DemoSigning implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSigning.class);
    static final char[] DEMO_PASSWORD = "demo123".toCharArray();

    private final SigningCredentials credentials;
    private final SigningService signing;
    private final SignatureVerification verification;
    private final OrganizationDirectory organization;
    private final UserDetailsService accounts;
    private final TransactionTemplate transactions;
    private final SigningProperties properties;
    private final Clock clock;

    DemoSigning(SigningCredentials credentials, SigningService signing, SignatureVerification verification,
            OrganizationDirectory organization, UserDetailsService accounts, TransactionTemplate transactions,
            SigningProperties properties, Clock clock) {
        this.credentials = credentials;
        this.signing = signing;
        this.verification = verification;
        this.organization = organization;
        this.accounts = accounts;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoKeys() || credentials.count() > 0) {
            return;
        }
        var admin = (CurrentUser) accounts.loadUserByUsername("admin");
        var context = SecurityContextHolder.getContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null,
                admin.getAuthorities()));
        try {
            transactions.executeWithoutResult(status -> seed(admin));
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("Demo signing keys created for lanhdao and truongban (certificate password demo123) and the agency");
    }

    private void seed(CurrentUser admin) {
        var pki = new DemoPki("eOffice Demo Root CA");
        try {
            verification.importTrustAnchor(admin, pki.caCertificate().getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
        for (String username : new String[] { "lanhdao", "truongban" }) {
            var user = (CurrentUser) accounts.loadUserByUsername(username);
            var agency = organization.agency(user.agencyId());
            signing.uploadPersonalKey(user, pki.issue(user.fullName(), agency.name(), DEMO_PASSWORD),
                    DEMO_PASSWORD, DemoPki.signatureImage(username), "chu-ky-" + username + ".png");
        }
        for (var agency : organization.hostedAgencies(LocalDate.now(clock))) {
            signing.configureAgencyKey(admin, agency.id(), pki.issue(agency.name(), agency.name(), DEMO_PASSWORD),
                    DEMO_PASSWORD, DemoPki.sealImage(agency.name()), "con-dau.png");
        }
    }
}
