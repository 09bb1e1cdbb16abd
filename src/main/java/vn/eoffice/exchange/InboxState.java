package vn.eoffice.exchange;

/** Where a received package stands: waiting for the clerk, accepted, refused, withdrawn by its sender, replaced. */
public enum InboxState { RECEIVED, ACCEPTED, REFUSED, WITHDRAWN, REPLACED }
