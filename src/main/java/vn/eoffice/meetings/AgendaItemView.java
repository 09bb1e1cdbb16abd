package vn.eoffice.meetings;

/** An item of a meeting's agenda (chương trình) as the edit form shows it: what, by whom, for how long. */
public record AgendaItemView(Long id, int position, String title, Long presenterId, Integer durationMinutes) {

    static AgendaItemView of(AgendaItem item) {
        return new AgendaItemView(item.getId(), item.getPosition(), item.getTitle(), item.getPresenterId(),
                item.getDurationMinutes());
    }
}
