package vn.eoffice.documents.web;

import vn.eoffice.documents.Document;
import vn.eoffice.documents.DocumentStatus;

/**
 * What the person looking at an outgoing document may do with it now; the page asks this, never the status's name.
 */
record OutgoingActions(boolean recalled, boolean revise, boolean submit, boolean chooseCapacity, boolean review,
        boolean sign, boolean release, boolean recall) {

    /**
     * @param drafter whether the person drafted it; {@code signer} whether the circuit names him to approve (sign);
     *        {@code clerk} whether he is a clerk; {@code hisTurn} whether a review step waits for him;
     *        {@code signed} whether the outgoing register records a signer
     */
    static OutgoingActions of(Document document, boolean drafter, boolean signer, boolean clerk, boolean hisTurn,
            boolean mayChooseCapacity, boolean signed) {
        var status = document.getStatus();
        boolean draft = status == DocumentStatus.DRAFT;
        return new OutgoingActions(status == DocumentStatus.RECALLED, drafter && draft, drafter && draft,
                mayChooseCapacity && !draft, hisTurn && status == DocumentStatus.IN_REVIEW,
                signer && status == DocumentStatus.APPROVED, clerk && status == DocumentStatus.SIGNED,
                (clerk || (signed && signer)) && status == DocumentStatus.RELEASED);
    }
}
