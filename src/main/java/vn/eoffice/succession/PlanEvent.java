package vn.eoffice.succession;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a plan's history: what was done, by whom, when. */
@Entity
@Table(name = "succession_event")
class PlanEvent {

    /** What can happen to a plan. */
    enum Kind { CREATED, CANDIDATE_ADDED, VOTE_RECORDED, CANDIDATE_REMOVED, SUBMITTED, RETURNED, APPROVED, REVIEWED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long planId;
    @Column(name = "at_time")
    private Instant at;
    private Long userId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String detail;

    protected PlanEvent() {
    }

    PlanEvent(Long planId, Instant at, Long userId, Kind kind, String detail) {
        this.planId = planId;
        this.at = at;
        this.userId = userId;
        this.kind = kind;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    HistoryLine view(String who) {
        return new HistoryLine(at, who, kind.name(), detail);
    }

    Long getUserId() { return userId; }
}
