package vn.eoffice.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.eoffice.platform.DomainException;

/**
 * A connection point (điểm cầu) of a multi-point conference: the main point or one at a unit, its host, location,
 * expected and actual attendance and the technical check.
 */
@Entity
@Table(name = "meeting_point")
class ConnectionPoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private Long meetingId;
    @Column(name = "main_point")
    private boolean main;
    private Long unitId;
    private String name;
    private String location;
    private Long hostId;
    private int expected;
    @Enumerated(EnumType.STRING)
    private TechStatus techStatus;
    private Integer actual;
    private Long agencyId;

    protected ConnectionPoint() {
    }

    /** The point of a hosted agency (a committee taking part in a study programme), run by its own people. */
    static ConnectionPoint forAgency(Long meetingId, Long agencyId, String name, int expected) {
        var point = new ConnectionPoint(meetingId, false, null, name, null, null, expected);
        point.agencyId = agencyId;
        return point;
    }

    ConnectionPoint(Long meetingId, boolean main, Long unitId, String name, String location, Long hostId,
            int expected) {
        if (name == null || name.isBlank()) {
            throw new DomainException("meeting.point.name.required");
        }
        if (expected < 0) {
            throw new DomainException("meeting.point.count.invalid");
        }
        this.meetingId = meetingId;
        this.main = main;
        this.unitId = unitId;
        this.name = name.trim();
        this.location = location;
        this.hostId = hostId;
        this.expected = expected;
        this.techStatus = TechStatus.PENDING;
    }

    void checked(TechStatus status) {
        this.techStatus = status;
    }

    void reportAttendance(int actual) {
        if (actual < 0) {
            throw new DomainException("meeting.point.count.invalid");
        }
        this.actual = actual;
    }

    public Long getId() { return id; }
    public Long getMeetingId() { return meetingId; }
    public boolean isMain() { return main; }
    public Long getUnitId() { return unitId; }
    public String getName() { return name; }
    public String getLocation() { return location; }
    public Long getHostId() { return hostId; }
    public int getExpected() { return expected; }
    public TechStatus getTechStatus() { return techStatus; }
    public Integer getActual() { return actual; }
    public Long getAgencyId() { return agencyId; }
}
