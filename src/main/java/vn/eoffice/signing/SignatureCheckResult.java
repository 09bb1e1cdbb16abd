package vn.eoffice.signing;

import java.time.Instant;
import java.util.List;

/**
 * What one check of a file's signatures found: the verdict on the whole file, whether it was changed after the last
 * signature, when and by whom it was checked (null: the automatic check after registration), and each signature.
 */
public record SignatureCheckResult(Long fileId, SignatureStatus status, boolean modifiedAfterSigning,
        Instant checkedAt, Long checkedBy, List<SignatureCheckItem> items) {

    static SignatureCheckResult of(SignatureCheck check) {
        return new SignatureCheckResult(check.getFileId(), check.getStatus(), check.isModifiedAfterSigning(),
                check.getCheckedAt(), check.getCheckedBy(), check.getItems());
    }
}
