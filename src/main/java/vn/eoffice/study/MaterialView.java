package vn.eoffice.study;

import java.time.Instant;

/** A version of a study material as pages show it, with how many downloads its reader may see counted. */
public record MaterialView(Long id, Long programmeId, MaterialKind kind, Audience audience, String title,
        int versionNo, String fileName, Long documentId, Instant approvedAt, long downloads) {

    public boolean approved() {
        return approvedAt != null;
    }
}
