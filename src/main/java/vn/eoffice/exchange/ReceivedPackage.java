package vn.eoffice.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A package received from another agency as the clerk's pages and the API read it (read-only; ADR 0029).
 */
public interface ReceivedPackage {

    String getNotation();
    Long getId();
    Long getAgencyId();
    String getSenderOrganId();
    String getSenderName();
    String getSenderShown();
    String getRecipientOrganId();
    String getDocumentKey();
    String getRevision();
    boolean isUpdate();
    boolean isAwaitingClerk();
    boolean isRecallRequested();
    boolean isReplacement();
    InboxLinks getLinks();
    ReceivedHeader getHeader();
    int getBusinessType();
    String getCodeNumber();
    String getCodeNotation();
    LocalDate getDocumentDate();
    String getTypeName();
    String getSummary();
    String getSignerName();
    String getSignerPosition();
    String getSignerCompetence();
    int getPriority();
    LocalDate getDueDate();
    Integer getPageAmount();
    InboxState getState();
    Long getDocumentId();
    String getReason();
    RecallState getRecallState();
    String getRecallReason();
    String getLastStatus();
    Instant getReceivedAt();
    Instant getDecidedAt();
    List<InboxFile> getFiles();
    long getVersion();
}
