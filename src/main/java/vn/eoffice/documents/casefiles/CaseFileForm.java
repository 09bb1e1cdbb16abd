package vn.eoffice.documents.casefiles;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new file of the yearly list (the web form and the API body). No retention means permanent (vĩnh viễn); no owner
 * unit means the owner's own unit.
 */
public record CaseFileForm(
        @NotNull(message = "{caseFile.year.required}") @Min(value = 2000, message = "{caseFile.year.invalid}") @Max(value = 2100, message = "{caseFile.year.invalid}") Integer year,
        @NotBlank(message = "{caseFile.code.required}") @Size(max = 30, message = "{caseFile.code.tooLong}") @Pattern(regexp = "^[\\p{L}\\p{N}.\\-/_ ]*$", message = "{caseFile.code.invalid}") String code,
        @NotBlank(message = "{caseFile.title.required}") @Size(max = 500, message = "{caseFile.title.tooLong}") String title,
        @Min(value = 1, message = "{caseFile.retention.invalid}") @Max(value = 100, message = "{caseFile.retention.invalid}") Integer retentionYears,
        @NotNull(message = "{caseFile.owner.required}") Long ownerUserId,
        Long ownerUnitId,
        @Size(max = 1000, message = "{caseFile.note.tooLong}") String note) {

    public static CaseFileForm blank(int year, Long ownerUserId) {
        return new CaseFileForm(year, "", "", null, ownerUserId, null, "");
    }
}
