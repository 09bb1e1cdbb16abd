package vn.eoffice.meetings;

import java.time.Instant;

/** A meeting material (tài liệu) as pages and the API show it: its file, the agenda item it belongs to, who added it. */
public record MaterialView(Long id, Long agendaItemId, Long fileId, String name, Long uploadedBy, Instant uploadedAt) {

    static MaterialView of(Material material) {
        return new MaterialView(material.getId(), material.getAgendaItemId(), material.getFileId(),
                material.getName(), material.getUploadedBy(), material.getUploadedAt());
    }
}
