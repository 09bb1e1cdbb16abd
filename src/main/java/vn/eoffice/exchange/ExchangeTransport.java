package vn.eoffice.exchange;

import java.io.IOException;

/**
 * Carries a signed package to a destination and returns the receiver's acknowledgement. Adapters: HTTP between
 * installations, in-process for agencies hosted here; an adapter for the national axis (LGSP/VDXP) or the Party's
 * network is one more bean implementing this, chosen by {@link #supports}.
 */
public interface ExchangeTransport {

    boolean supports(Destination destination);

    /** Throws when the package may not have arrived (the outbox then tries again later). */
    Acknowledgement send(Destination destination, byte[] signedPackage) throws IOException;
}
