package vn.eoffice.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One item of a meeting's agenda (chương trình): what, presented by whom, for how long.
 */
@Entity
@Table(name = "meeting_agenda_item")
class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long meetingId;
    private int position;
    private String title;
    private Long presenterId;
    @Column(name = "duration_min")
    private Integer durationMinutes;

    protected AgendaItem() {
    }

    AgendaItem(Long meetingId, int position, String title, Long presenterId, Integer durationMinutes) {
        this.meetingId = meetingId;
        this.position = position;
        this.title = title;
        this.presenterId = presenterId;
        this.durationMinutes = durationMinutes;
    }

    void revise(int position, String title, Long presenterId, Integer durationMinutes) {
        this.position = position;
        this.title = title;
        this.presenterId = presenterId;
        this.durationMinutes = durationMinutes;
    }

    public Long getId() { return id; }
    public Long getMeetingId() { return meetingId; }
    public int getPosition() { return position; }
    public String getTitle() { return title; }
    public Long getPresenterId() { return presenterId; }
    public Integer getDurationMinutes() { return durationMinutes; }
}
