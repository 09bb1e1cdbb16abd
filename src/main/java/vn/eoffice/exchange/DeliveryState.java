package vn.eoffice.exchange;

/** Where a package to deliver stands: still to send, acknowledged, refused, given up after retries, cancelled. */
public enum DeliveryState { PENDING, DELIVERED, REFUSED, GAVE_UP, CANCELLED }
