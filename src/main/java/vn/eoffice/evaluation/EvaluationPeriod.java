package vn.eoffice.evaluation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import vn.eoffice.platform.DomainException;

/** An evaluation period (kỳ đánh giá) of an agency under one rulebook: open until its results are published. */
@Entity
class EvaluationPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private Long agencyId;
    private String name;
    @Enumerated(EnumType.STRING)
    private PeriodKind kind;
    @Enumerated(EnumType.STRING)
    private EvaluationRule rule;
    private LocalDate firstDay;
    private LocalDate lastDay;
    private String status;
    private Long openedBy;
    private Instant openedAt;
    private Instant publishedAt;

    protected EvaluationPeriod() {
    }

    EvaluationPeriod(Long agencyId, String name, PeriodKind kind, EvaluationRule rule, LocalDate firstDay,
            LocalDate lastDay, Long openedBy, Instant at) {
        this.agencyId = agencyId;
        this.name = name;
        this.kind = kind;
        this.rule = rule;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.status = "OPEN";
        this.openedBy = openedBy;
        this.openedAt = at;
    }

    void publish(Instant at) {
        if (publishedAt != null) {
            throw new DomainException("evaluation.period.published");
        }
        this.publishedAt = at;
        this.status = "PUBLISHED";
    }

    PeriodView view() {
        return new PeriodView(id, name, kind, rule, firstDay, lastDay, publishedAt);
    }

    Long getId() { return id; }
    Long getAgencyId() { return agencyId; }
    String getName() { return name; }
    EvaluationRule getRule() { return rule; }
    PeriodKind getKind() { return kind; }
    LocalDate getFirstDay() { return firstDay; }
    LocalDate getLastDay() { return lastDay; }
    Instant getPublishedAt() { return publishedAt; }
}
