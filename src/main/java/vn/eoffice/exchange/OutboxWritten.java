package vn.eoffice.exchange;

/** New work in the outbox: after commit the dispatcher looks at once instead of waiting for its next poll. */
record OutboxWritten(Long outboxId) {
}
