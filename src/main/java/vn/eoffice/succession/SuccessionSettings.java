package vn.eoffice.succession;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.people.EducationLevel;
import vn.eoffice.people.PeopleQueries;
import vn.eoffice.people.PositionKind;
import vn.eoffice.people.PositionSummary;
import vn.eoffice.people.TheoryLevel;
import vn.eoffice.platform.DomainException;

/**
 * The posts planned for, each level's standards and the structure targets: data the personnel office edits and the
 * leaders read; until the office sets a level's standards the defaults of {@link #defaultFor} apply.
 */
@Service
@Transactional
public class SuccessionSettings {

    private final Posts posts;
    private final Standards standards;
    private final TargetSettings targets;
    private final SuccessionGuard guard;
    private final PeopleQueries people;
    private final AuditLog audit;

    SuccessionSettings(Posts posts, Standards standards, TargetSettings targets, SuccessionGuard guard,
            PeopleQueries people, AuditLog audit) {
        this.posts = posts;
        this.standards = standards;
        this.targets = targets;
        this.guard = guard;
        this.people = people;
        this.audit = audit;
    }

    /**
     * Age limits for first planning 55 (Trưởng ban), 50 (Phó Trưởng ban, Trưởng phòng), 45 (Phó Trưởng phòng);
     * cao cấp lý luận for the commission's leadership and unit heads, trung cấp for deputies; a university degree for
     * all; a state-management course for the head of the commission.
     */
    static StandardView defaultFor(LeadershipLevel level) {
        return switch (level) {
            case HEAD -> new StandardView(level, 55, TheoryLevel.ADVANCED, EducationLevel.UNIVERSITY, true);
            case DEPUTY_HEAD -> new StandardView(level, 50, TheoryLevel.ADVANCED, EducationLevel.UNIVERSITY, false);
            case UNIT_HEAD -> new StandardView(level, 50, TheoryLevel.ADVANCED, EducationLevel.UNIVERSITY, false);
            case UNIT_DEPUTY -> new StandardView(level, 45, TheoryLevel.INTERMEDIATE, EducationLevel.UNIVERSITY,
                    false);
        };
    }

    @Transactional(readOnly = true)
    public List<PostView> posts(CurrentUser user) {
        guard.requireView(user, "SUCCESSION_SETTINGS_READ", null);
        var units = guard.units(user.agencyId());
        return postsOf(user.agencyId()).stream().map(p -> p.view(units.get(p.getUnitId()))).toList();
    }

    /** The agency's leadership job positions not yet planned for, to offer as new posts. */
    @Transactional(readOnly = true)
    public List<PositionSummary> unplannedPositions(CurrentUser user) {
        guard.requireView(user, "SUCCESSION_SETTINGS_READ", null);
        var names = postsOf(user.agencyId()).stream().map(SuccessionPost::getName).toList();
        return people.positions(user).stream().filter(p -> p.kind() == PositionKind.LEADERSHIP
                && !names.contains(p.name())).toList();
    }

    public Long addPost(CurrentUser user, PostForm form) {
        guard.requireKeep(user, "SUCCESSION_POST_ADD", null);
        String name = form.name();
        Long unitId = null;
        if (form.positionId() != null) {
            var position = people.positions(user).stream().filter(p -> p.id().equals(form.positionId())
                    && p.kind() == PositionKind.LEADERSHIP).findFirst()
                    .orElseThrow(() -> new DomainException("succession.form.position.unknown"));
            name = position.name();
            unitId = position.unitId();
        } else if (name == null || name.isBlank()) {
            throw new DomainException("succession.form.postName.required");
        }
        if (posts.existsByAgencyIdAndName(user.agencyId(), name.trim())) {
            throw new DomainException("succession.rule.postExists", name.trim());
        }
        var post = posts.save(new SuccessionPost(user.agencyId(), name, unitId, form.positionId(), form.level()));
        audit.record("SUCCESSION_POST_ADDED", "SUCCESSION_POST", post.getId(), post.getName());
        return post.getId();
    }

    @Transactional(readOnly = true)
    public List<StandardView> standards(CurrentUser user) {
        guard.requireView(user, "SUCCESSION_SETTINGS_READ", null);
        return List.copyOf(standardsOf(user.agencyId()).values());
    }

    public void saveStandard(CurrentUser user, StandardView form) {
        guard.requireKeep(user, "SUCCESSION_STANDARD_SAVE", null);
        standards.findByAgencyIdAndLevel(user.agencyId(), form.level()).ifPresentOrElse(s -> s.change(form),
                () -> standards.save(new LevelStandard(user.agencyId(), form)));
        audit.record("SUCCESSION_STANDARD_SAVED", "SUCCESSION_STANDARD", null, form.toString());
    }

    @Transactional(readOnly = true)
    public Targets targets(CurrentUser user) {
        guard.requireView(user, "SUCCESSION_SETTINGS_READ", null);
        return targetsOf(user.agencyId());
    }

    public void saveTargets(CurrentUser user, Targets form) {
        guard.requireKeep(user, "SUCCESSION_TARGETS_SAVE", null);
        targets.findById(user.agencyId()).ifPresentOrElse(t -> t.change(form),
                () -> targets.save(new StructureTargets(user.agencyId(), form)));
        audit.record("SUCCESSION_TARGETS_SAVED", "SUCCESSION_TARGET", user.agencyId(), form.toString());
    }

    /** The agency's posts, highest level first (the enum's order, not its name's), then by name. */
    List<SuccessionPost> postsOf(Long agencyId) {
        return posts.findByAgencyIdOrderByLevelAscNameAsc(agencyId).stream().sorted(java.util.Comparator
                .comparingInt((SuccessionPost p) -> p.getLevel().rank()).thenComparing(SuccessionPost::getName))
                .toList();
    }

    Map<LeadershipLevel, StandardView> standardsOf(Long agencyId) {
        var result = new EnumMap<LeadershipLevel, StandardView>(LeadershipLevel.class);
        for (var level : LeadershipLevel.values()) {
            result.put(level, defaultFor(level));
        }
        standards.findByAgencyId(agencyId).forEach(s -> result.put(s.getLevel(), s.view()));
        return result;
    }

    Targets targetsOf(Long agencyId) {
        return targets.findById(agencyId).map(StructureTargets::view).orElse(Targets.DEFAULT);
    }
}
