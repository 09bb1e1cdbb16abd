package vn.eoffice.exchange;

import java.time.Instant;

/**
 * One line on a document's page about a document exchanged with it: the kind of link (its message key is
 * {@code exchange.link.<kind>}), the other document's số, ký hiệu and sender, where to open it (null when the user
 * may not), and the sender's reason for an update or a replacement.
 */
public record DocumentLink(Kind kind, String notation, String party, String href, String note, Instant at) {

    public enum Kind { ANSWERS, ANSWERED_BY, ANSWERED_BY_WAITING, REPLACES, REPLACED_BY, UPDATED }

    public String messageKey() {
        return "exchange.link." + kind;
    }
}
