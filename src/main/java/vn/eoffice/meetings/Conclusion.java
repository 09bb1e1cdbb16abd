package vn.eoffice.meetings;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One item of the notice of conclusions (thông báo kết luận): what, the lead unit (chủ trì), co-units (phối hợp) and
 * the deadline; {@code taskId} is the task it became.
 */
@Entity
@Table(name = "meeting_conclusion")
class Conclusion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long meetingId;
    private int position;
    private String content;
    private Long leadUnitId;
    private String coUnitIds;
    private LocalDate deadline;
    private Long taskId;

    protected Conclusion() {
    }

    Conclusion(Long meetingId, int position, String content, Long leadUnitId, Collection<Long> coUnitIds,
            LocalDate deadline) {
        this.meetingId = meetingId;
        this.position = position;
        this.content = content;
        this.leadUnitId = leadUnitId;
        this.coUnitIds = coUnitIds == null || coUnitIds.isEmpty() ? null
                : coUnitIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.deadline = deadline;
    }

    void becameTask(Long taskId) {
        this.taskId = taskId;
    }

    public List<Long> coUnits() {
        return coUnitIds == null ? List.of() : Arrays.stream(coUnitIds.split(",")).map(Long::valueOf).toList();
    }

    public Long getId() { return id; }
    public Long getMeetingId() { return meetingId; }
    public int getPosition() { return position; }
    public String getContent() { return content; }
    public Long getLeadUnitId() { return leadUnitId; }
    public LocalDate getDeadline() { return deadline; }
    public Long getTaskId() { return taskId; }
}
