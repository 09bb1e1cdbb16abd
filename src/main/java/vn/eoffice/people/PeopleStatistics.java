package vn.eoffice.people;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.identity.CurrentUser;

/**
 * Staff statistics for the personnel office and the leaders (báo cáo thống kê cán bộ). Counts come from the records
 * as kept; the named list of people below standard makes each reading an audited read of personnel data.
 */
@Service
@Transactional(readOnly = true)
public class PeopleStatistics {

    private final StaffData data;
    private final PersonnelOffice office;
    private final StatisticsProperties properties;
    private final MessageSource messages;
    private final AuditLog audit;
    private final TrainingPlans training;

    PeopleStatistics(StaffData data, PersonnelOffice office, StatisticsProperties properties, MessageSource messages,
            AuditLog audit, TrainingPlans training) {
        this.training = training;
        this.data = data;
        this.office = office;
        this.properties = properties;
        this.messages = messages;
        this.audit = audit;
    }

    /** The statistics of the user's agency, or of one of its units; refused to everyone but office and leaders. */
    @Transactional
    public StaffStatistics statistics(CurrentUser user, Long unitId, Locale locale) {
        office.requireBrowse(user);
        office.requireOwnUnit(user, unitId);
        var statistics = compute(data.load(user, unitId), unitId, locale);
        audit.record("PERSONNEL_STATISTICS_READ", "CADRE", null, unitId == null ? "all" : "unit " + unitId);
        return statistics;
    }

    StaffStatistics compute(StaffData.Snapshot s, Long unitId, Locale locale) {
        var people = s.people();
        long total = people.size();
        return new StaffStatistics(unitId, s.unitName(unitId), s.today(), total, byUnit(s, locale),
                lines(people, p -> ageBand(p.birthDate(), s.today(), locale), ageLabels(locale), total),
                lines(people, p -> text(locale, "people.gender." + p.gender()), labels(locale, "people.gender.",
                        Gender.values()), total),
                lines(people, p -> text(locale, "people.ethnicity." + p.ethnicity()), List.of(), total),
                lines(people, p -> theory(p.theoryLevel(), locale), theoryLabels(locale), total),
                lines(people, p -> text(locale, "people.education." + EducationLevel.of(p.education())),
                        labels(locale, "people.education.", EducationLevel.values()), total),
                staffing(s, Staffing.VACANT), staffing(s, Staffing.OVER_FILLED), shortfalls(s, locale),
                training(s, unitId));
    }

    /** Each unit's plan of this year against what is done (the units shown: the one asked for, or all). */
    private List<StaffStatistics.TrainingLine> training(StaffData.Snapshot s, Long unitId) {
        return s.units().entrySet().stream().filter(u -> unitId == null || unitId.equals(u.getKey()))
                .map(u -> training.planned(u.getKey(), s.today().getYear())
                        .map(done -> new StaffStatistics.TrainingLine(u.getKey(), u.getValue(), true, done))
                        .orElse(new StaffStatistics.TrainingLine(u.getKey(), u.getValue(), false, Completion.NONE)))
                .toList();
    }

    private List<StaffStatistics.UnitLine> byUnit(StaffData.Snapshot s, Locale locale) {
        var lines = new LinkedHashMap<Long, long[]>();
        s.units().keySet().forEach(id -> lines.put(id, new long[4]));
        var none = new long[4];
        for (var p : s.people()) {
            var counts = p.unitId() == null ? none : lines.computeIfAbsent(p.unitId(), id -> new long[4]);
            counts[0]++;
            counts[1] += p.gender() == Gender.FEMALE ? 1 : 0;
            counts[2] += p.ethnicity() == Ethnicity.KINH ? 0 : 1;
            counts[3] += p.partyJoined() == null ? 0 : 1;
        }
        var result = new ArrayList<StaffStatistics.UnitLine>();
        lines.forEach((id, c) -> {
            if (c[0] > 0) {
                result.add(new StaffStatistics.UnitLine(s.unitName(id), c[0], c[1], c[2], c[3]));
            }
        });
        if (none[0] > 0) {
            result.add(new StaffStatistics.UnitLine(text(locale, "people.stats.unit.leaders"), none[0], none[1],
                    none[2], none[3]));
        }
        return result;
    }

    /** Rows in the order given by {@code order} (each shown even at 0), then any other label, most frequent first. */
    private static List<StaffStatistics.Line> lines(List<CadreProfile> people, Function<CadreProfile, String> label,
            List<String> order, long total) {
        var counts = new LinkedHashMap<String, Long>();
        order.forEach(l -> counts.put(l, 0L));
        var others = new HashMap<String, Long>();
        for (var p : people) {
            String l = label.apply(p);
            (counts.containsKey(l) ? counts : others).merge(l, 1L, Long::sum);
        }
        others.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts.entrySet().stream().map(e -> new StaffStatistics.Line(e.getKey(), e.getValue(),
                total == 0 ? 0 : Math.round(e.getValue() * 1000.0 / total) / 10.0)).toList();
    }

    private List<String> ageLabels(Locale locale) {
        var bands = properties.ageBands();
        var labels = new ArrayList<String>();
        labels.add(text(locale, "people.stats.age.below", bands.get(0)));
        for (int i = 1; i < bands.size(); i++) {
            labels.add(text(locale, "people.stats.age.range", bands.get(i - 1), bands.get(i) - 1));
        }
        labels.add(text(locale, "people.stats.age.above", bands.get(bands.size() - 1) - 1));
        labels.add(text(locale, "people.stats.age.unknown"));
        return labels;
    }

    private String ageBand(LocalDate birth, LocalDate today, Locale locale) {
        var labels = ageLabels(locale);
        if (birth == null) {
            return labels.get(labels.size() - 1);
        }
        int age = Period.between(birth, today).getYears();
        var bands = properties.ageBands();
        int band = 0;
        while (band < bands.size() && age >= bands.get(band)) {
            band++;
        }
        return labels.get(band);
    }

    private List<String> theoryLabels(Locale locale) {
        var labels = new ArrayList<String>(labels(locale, "people.theory.", TheoryLevel.values()));
        labels.add(text(locale, "people.theory.none"));
        return labels;
    }

    private String theory(TheoryLevel level, Locale locale) {
        return level == null ? text(locale, "people.theory.none") : text(locale, "people.theory." + level);
    }

    private List<String> labels(Locale locale, String prefix, Enum<?>[] values) {
        var labels = new ArrayList<String>();
        for (var value : values) {
            labels.add(text(locale, prefix + value.name()));
        }
        return labels;
    }

    private static List<StaffStatistics.PositionLine> staffing(StaffData.Snapshot s, Staffing wanted) {
        var counts = assignedCounts(s);
        return s.positions().stream().map(p -> p.summary(counts.getOrDefault(p.getId(), 0L)))
                .filter(p -> p.staffing() == wanted)
                .map(p -> new StaffStatistics.PositionLine(p.id(), p.name(), s.unitName(p.unitId()), p.headcount(),
                        p.assigned())).toList();
    }

    private static Map<Long, Long> assignedCounts(StaffData.Snapshot s) {
        var counts = new HashMap<Long, Long>();
        s.assignments().forEach(a -> counts.merge(a.getPositionId(), 1L, Long::sum));
        return counts;
    }

    private List<StaffStatistics.Shortfall> shortfalls(StaffData.Snapshot s, Locale locale) {
        var people = new HashMap<Long, CadreProfile>();
        s.people().forEach(p -> people.put(p.id(), p));
        var positions = new HashMap<Long, PositionDetails>();
        s.positions().forEach(p -> positions.put(p.getId(), p.details(0, List.of())));
        var result = new ArrayList<StaffStatistics.Shortfall>();
        for (var a : s.assignments()) {
            var person = people.get(a.getCadreId());
            var position = positions.get(a.getPositionId());
            if (person == null || position == null) {
                continue;
            }
            var missing = missing(person, position, s.firstStarts().get(person.id()), s.today(), locale);
            if (!missing.isEmpty()) {
                result.add(new StaffStatistics.Shortfall(person.id(), person.fullName(), position.summary().name(),
                        s.unitName(position.summary().unitId()), missing));
            }
        }
        result.sort(Comparator.comparing(StaffStatistics.Shortfall::unit, Comparator.nullsLast(String::compareTo))
                .thenComparing(StaffStatistics.Shortfall::fullName));
        return result;
    }

    /** The standards of {@code position} the person does not meet, in words. */
    private List<String> missing(CadreProfile person, PositionDetails position, LocalDate firstStart, LocalDate today,
            Locale locale) {
        var missing = new ArrayList<String>();
        if (!TheoryLevel.meets(person.theoryLevel(), position.requiredTheory())) {
            missing.add(text(locale, "people.stats.missing.theory", theory(position.requiredTheory(), locale),
                    theory(person.theoryLevel(), locale)));
        }
        var required = EducationLevel.of(position.requiredEducation());
        if (!EducationLevel.of(person.education()).meets(required)) {
            missing.add(text(locale, "people.stats.missing.education", position.requiredEducation(),
                    person.education()));
        }
        int years = firstStart == null ? 0 : Period.between(firstStart, today).getYears();
        if (years < position.yearsExperience()) {
            missing.add(text(locale, "people.stats.missing.experience", position.yearsExperience(), years));
        }
        return missing;
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
