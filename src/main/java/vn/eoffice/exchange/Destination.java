package vn.eoffice.exchange;

import java.security.cert.X509Certificate;

/**
 * Where a package goes: the recipient's OrganId, its endpoint (a URL for HTTP; empty for an agency hosted in this
 * installation) and the certificate its answers are signed with.
 */
public record Destination(String organId, String endpoint, X509Certificate certificate, boolean hostedHere) {
}
