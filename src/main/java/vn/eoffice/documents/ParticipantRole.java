package vn.eoffice.documents;

/**
 * How a person or unit takes part in a document: the leader it was submitted to, the lead (chủ trì), a
 * co-processor (phối hợp), a recipient for information, a drafter, reviewer or signer.
 */
public enum ParticipantRole {
    LEADER, LEAD, CO, INFO, HANDLER, DRAFTER, REVIEWER, SIGNER, RECIPIENT
}
