package vn.eoffice.succession;

import java.util.List;

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
import vn.eoffice.organization.AgencyCatalog;
import vn.eoffice.people.PeopleQueries;

import vn.eoffice.platform.DemoData;

/**
 * Demo profile only: the commission's posts (Trưởng ban, Phó Trưởng ban, two units' leadership positions) and a
 * draft plan for the 2025–2030 term with three officers of the Khoa giáo unit introduced for its deputy head, one of
 * them without the intermediate political theory the level requires, so the list shows what is missing.
 */
@Component
@Profile("demo")
@Order(9)
class DemoSuccession implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSuccession.class);
    private static final List<String> CANDIDATES = List.of("Lò Văn Khánh", "Nguyễn Thị Bích Ngọc", "Vàng Thị Mai");

    private final SuccessionPlans plans;
    private final SuccessionSettings settings;
    private final SuccessionManagement management;
    private final PeopleQueries people;
    private final AgencyCatalog catalog;
    private final UserDetailsService accounts;
    private final TransactionTemplate transactions;

    DemoSuccession(SuccessionPlans plans, SuccessionSettings settings, SuccessionManagement management, PeopleQueries people,
            AgencyCatalog catalog, UserDetailsService accounts, TransactionTemplate transactions) {
        this.plans = plans;
        this.settings = settings;
        this.management = management;
        this.people = people;
        this.catalog = catalog;
        this.accounts = accounts;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoData.loadOnce(plans.count() > 0, transactions, this::create);
    }

    private void create() {
        var clerk = as("vanthu");
        var term = catalog.terms(clerk.agencyId()).stream().filter(t -> "2025–2030".equals(t.name())).findFirst();
        var deputy = settings.unplannedPositions(clerk).stream()
                .filter(p -> p.name().startsWith("Phó Trưởng phòng Khoa giáo")).findFirst();
        if (term.isEmpty() || deputy.isEmpty()) {
            return;
        }
        settings.addPost(clerk, new PostForm(null, "Trưởng ban", LeadershipLevel.HEAD));
        settings.addPost(clerk, new PostForm(null, "Phó Trưởng ban", LeadershipLevel.DEPUTY_HEAD));
        settings.unplannedPositions(clerk).stream().filter(p -> p.name().startsWith("Trưởng phòng Tuyên truyền"))
                .findFirst().ifPresent(p -> settings.addPost(clerk, new PostForm(p.id(), null,
                        LeadershipLevel.UNIT_HEAD)));
        Long post = settings.addPost(clerk, new PostForm(deputy.get().id(), null, LeadershipLevel.UNIT_DEPUTY));
        Long plan = management.create(clerk, term.get().id());
        int[][] votes = { { 12, 12, 10 }, { 12, 12, 11 }, { 12, 11, 7 } };
        int made = 0;
        for (int i = 0; i < CANDIDATES.size(); i++) {
            var cadre = people.list(clerk, CANDIDATES.get(i), deputy.get().unitId()).stream().findFirst();
            if (cadre.isPresent()) {
                Long candidate = management.addCandidate(clerk, plan, new CandidateForm(post, cadre.get().id(),
                        deputy.get().unitId(), null));
                management.recordVote(clerk, plan, candidate, new Ballots(votes[i][0], votes[i][1], votes[i][2]));
                made++;
            }
        }
        log.info("Demo succession plan created: {} candidates", made);
    }

    private CurrentUser as(String username) {
        var user = (CurrentUser) accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }
}
