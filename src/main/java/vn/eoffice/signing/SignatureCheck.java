package vn.eoffice.signing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;

/** One check of a file's signatures, kept so the document page shows what was found and when. */
@Entity
class SignatureCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long fileId;
    @Enumerated(EnumType.STRING)
    private SignatureStatus status;
    private boolean modifiedAfterSigning;
    private Instant checkedAt;
    private Long checkedBy;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "signature_check_item", joinColumns = @JoinColumn(name = "check_id"))
    @OrderBy("position")
    private List<SignatureCheckItem> items = new ArrayList<>();

    protected SignatureCheck() {
    }

    SignatureCheck(Long fileId, List<SignatureFinding> findings, Instant now, Long checkedBy) {
        this.fileId = fileId;
        this.checkedAt = now;
        this.checkedBy = checkedBy;
        for (int i = 0; i < findings.size(); i++) {
            items.add(SignatureCheckItem.of(i, findings.get(i)));
        }
        // bytes after the last signature: the file was changed after it was signed
        this.modifiedAfterSigning = !findings.isEmpty() && !findings.get(findings.size() - 1).coversWholeFile();
        this.status = verdict(findings, modifiedAfterSigning);
    }

    static SignatureStatus verdict(List<SignatureFinding> findings, boolean modifiedAfterSigning) {
        if (findings.isEmpty()) {
            return SignatureStatus.UNSIGNED;
        }
        if (modifiedAfterSigning || findings.stream().anyMatch(f -> f.status() == SignatureStatus.INVALID)) {
            return SignatureStatus.INVALID;
        }
        return findings.stream().allMatch(f -> f.status() == SignatureStatus.VALID) ? SignatureStatus.VALID
                : SignatureStatus.UNTRUSTED;
    }

    public Long getId() { return id; }
    public Long getFileId() { return fileId; }
    public SignatureStatus getStatus() { return status; }
    public boolean isModifiedAfterSigning() { return modifiedAfterSigning; }
    public Instant getCheckedAt() { return checkedAt; }
    public Long getCheckedBy() { return checkedBy; }
    public List<SignatureCheckItem> getItems() { return List.copyOf(items); }
}
