package vn.eoffice.meetings;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One line of a point's readiness checklist: the item, whether it works, a note, who checked it and when. */
@Entity
@Table(name = "meeting_point_check")
class ReadinessCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private Long pointId;
    @Enumerated(EnumType.STRING)
    private ReadinessItem item;
    private boolean ok;
    private String note;
    private Long checkedBy;
    private Instant checkedAt;

    protected ReadinessCheck() {
    }

    ReadinessCheck(Long pointId, ReadinessItem item) {
        this.pointId = pointId;
        this.item = item;
    }

    void record(boolean ok, String note, Long by, Instant at) {
        this.ok = ok;
        this.note = note == null || note.isBlank() ? null : note.trim();
        this.checkedBy = by;
        this.checkedAt = at;
    }

    ReadinessLine line() {
        return new ReadinessLine(item, ok, note);
    }

    ReadinessItem getItem() { return item; }
    Long getPointId() { return pointId; }
}
