package vn.eoffice.study;

import java.util.List;

/**
 * A programme's materials as one reader sees them: the library (approved versions, for everyone in the programme),
 * the versions still in the review circuit (for the organiser), and the downloads per committee and material.
 */
public record MaterialShelf(ProgrammeView programme, List<MaterialView> library, List<MaterialView> inReview,
        List<DownloadCount> downloads, boolean organiser) {

    /** How many times a committee (or the organiser's agency, committee null) downloaded a material, by how many. */
    public record DownloadCount(Long materialId, String material, Long committeeId, String committee,
            long downloads, long people) {
    }
}
