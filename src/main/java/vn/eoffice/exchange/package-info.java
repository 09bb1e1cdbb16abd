/**
 * Exchange between agencies by QCVN 102:2016 edXML: the peer registry, signed packages, an outbox with retries that
 * counts a delivery only on the receiver's acknowledgement, the idempotent receive endpoint, the clerk's queue of
 * received documents, and the statuses (01–06, 13, 15, 16) that travel back to the sender.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exchange",
        allowedDependencies = {
                "audit", "documents", "files", "identity", "notifications", "organization", "platform" })
package vn.eoffice.exchange;
