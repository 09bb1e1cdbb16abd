package vn.eoffice.succession;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.organization.AgencyCatalog;
import vn.eoffice.organization.TermView;
import vn.eoffice.people.CadreFacts;
import vn.eoffice.people.PeopleQueries;

/** Builds the record of a plan from its entities, the candidates' personnel facts and the agency's settings. */
@Component
class PlanViews {

    private final Candidacies candidacies;
    private final PlanEvents events;
    private final SuccessionSettings settings;
    private final SuccessionGuard guard;
    private final PeopleQueries people;
    private final AgencyCatalog catalog;
    private final UserManagement users;
    private final MessageSource messages;

    PlanViews(Candidacies candidacies, PlanEvents events, SuccessionSettings settings, SuccessionGuard guard,
            PeopleQueries people, AgencyCatalog catalog, UserManagement users, MessageSource messages) {
        this.candidacies = candidacies;
        this.events = events;
        this.settings = settings;
        this.guard = guard;
        this.people = people;
        this.catalog = catalog;
        this.users = users;
        this.messages = messages;
    }

    TermView term(SuccessionPlan plan) {
        return catalog.term(plan.getAgencyId(), plan.getTermId());
    }

    PlanView view(CurrentUser user, SuccessionPlan plan) {
        var term = term(plan);
        var all = candidacies.findByPlanIdOrderById(plan.getId());
        var facts = people.facts(user, all.stream().map(Candidacy::getCadreId).distinct().toList()).stream()
                .collect(Collectors.toMap(CadreFacts::id, Function.identity()));
        var standards = settings.standardsOf(plan.getAgencyId());
        var units = guard.units(plan.getAgencyId());
        var posts = new ArrayList<PostPlan>();
        for (var post : settings.postsOf(plan.getAgencyId())) {
            var now = new ArrayList<CandidateView>();
            var removed = new ArrayList<CandidateView>();
            all.stream().filter(c -> c.getPostId().equals(post.getId()) && facts.containsKey(c.getCadreId()))
                    .map(c -> candidate(c, facts.get(c.getCadreId()), LevelStandard.shortfalls(
                            standards.get(post.getLevel()), facts.get(c.getCadreId()), term.startDate()), units))
                    .forEach(c -> (c.removed() ? removed : now).add(c));
            posts.add(new PostPlan(post.view(units.get(post.getUnitId())), now, removed));
        }
        var active = all.stream().filter(Candidacy::active).map(c -> facts.get(c.getCadreId()))
                .filter(java.util.Objects::nonNull).distinct().toList();
        var names = new HashMap<Long, String>();
        var history = events.findByPlanIdOrderByAtAscIdAsc(plan.getId()).stream().map(e -> e.view(names
                .computeIfAbsent(e.getUserId(), id -> users.summary(id).fullName()))).toList();
        return new PlanView(plan.getId(), term.id(), term.name(), term.startDate(), term.endDate(), plan.getStatus(),
                plan.getDecisionNumber(), plan.getDecisionDate(), plan.getReviewedYear(),
                plan.reviewDue(guard.today(), term.endDate()), posts,
                structure(active, term.startDate(), settings.targetsOf(plan.getAgencyId())), history);
    }

    /** Counts the distinct cadres planned: young on the term's first day, female, of an ethnic minority. */
    static Structure structure(List<CadreFacts> cadres, java.time.LocalDate termStart, Targets targets) {
        int young = (int) cadres.stream().filter(c -> c.ageOn(termStart) != null
                && c.ageOn(termStart) < targets.youngAge()).count();
        int female = (int) cadres.stream().filter(CadreFacts::female).count();
        int minority = (int) cadres.stream().filter(CadreFacts::minority).count();
        return new Structure(cadres.size(), young, female, minority, targets);
    }

    private CandidateView candidate(Candidacy c, CadreFacts f, List<Shortfall> shortfalls,
            java.util.Map<Long, String> units) {
        var locale = LocaleContextHolder.getLocale();
        var missing = shortfalls.stream().map(s -> messages.getMessage(s.key(), s.arguments(), s.key(), locale))
                .toList();
        return new CandidateView(c.getId(), f.id(), f.fullName(), f.birthDate() == null ? null
                : f.birthDate().getYear(), f.gender(), f.ethnicity(), f.currentTitle(), f.education(),
                f.theoryLevel(), units.get(c.getProposedBy()), c.ballots(), missing, c.getAddedOn(),
                c.getAddedReason(), c.getRemovedOn(), c.getRemovalReason());
    }
}
