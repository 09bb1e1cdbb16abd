package vn.eoffice.exchange;

/** A sender's request to withdraw a document it sent: requested, agreed or refused by the receiving clerk. */
public enum RecallState { REQUESTED, AGREED, REFUSED }
