package vn.eoffice.succession;

/** A standard a candidate does not meet, as a message key and its arguments. */
record Shortfall(String key, Object... arguments) {
}
