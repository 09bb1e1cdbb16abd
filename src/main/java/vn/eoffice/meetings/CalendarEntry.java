package vn.eoffice.meetings;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.eoffice.platform.DomainException;

/**
 * A manual entry of the leadership's weekly work calendar (lịch công tác tuần): a visit, a reception, a trip.
 */
@Entity
@Table(name = "meeting_calendar_entry")
class CalendarEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long agencyId;
    private Instant startsAt;
    private Instant endsAt;
    private String title;
    private String location;
    private String leaders;
    private Long createdBy;

    protected CalendarEntry() {
    }

    CalendarEntry(Long agencyId, Instant startsAt, Instant endsAt, String title, String location, String leaders,
            Long createdBy) {
        if (title == null || title.isBlank()) {
            throw new DomainException("meeting.title.required");
        }
        if (startsAt == null) {
            throw new DomainException("meeting.time.required");
        }
        if (endsAt != null && !endsAt.isAfter(startsAt)) {
            throw new DomainException("meeting.time.order");
        }
        this.agencyId = agencyId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.title = title.trim();
        this.location = location;
        this.leaders = leaders;
        this.createdBy = createdBy;
    }

    public Long getId() { return id; }
    public Long getAgencyId() { return agencyId; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public String getTitle() { return title; }
    public String getLocation() { return location; }
    public String getLeaders() { return leaders; }
}
