package vn.eoffice.meetings;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.eoffice.platform.DomainException;

/**
 * A meeting room (phòng họp) of an agency: its capacity and equipment. Booking it locks its row, so that two
 * concurrent bookings of overlapping slots are checked one after the other.
 */
@Entity
@Table(name = "meeting_room")
class MeetingRoom {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private Long agencyId;
    private String name;
    private String location;
    private int capacity;
    private String equipment;
    private boolean active;

    protected MeetingRoom() {
    }

    MeetingRoom(Long agencyId, String name, String location, int capacity, String equipment) {
        this.agencyId = agencyId;
        change(name, location, capacity, equipment, true);
    }

    void change(String name, String location, int capacity, String equipment, boolean active) {
        if (name == null || name.isBlank()) {
            throw new DomainException("meeting.room.name.required");
        }
        if (capacity < 1) {
            throw new DomainException("meeting.room.capacity.invalid");
        }
        this.name = name.trim();
        this.location = location;
        this.capacity = capacity;
        this.equipment = equipment;
        this.active = active;
    }

    public Long getId() { return id; }
    public Long getAgencyId() { return agencyId; }
    public String getName() { return name; }
    public String getLocation() { return location; }
    public int getCapacity() { return capacity; }
    public String getEquipment() { return equipment; }
    public boolean isActive() { return active; }
}
