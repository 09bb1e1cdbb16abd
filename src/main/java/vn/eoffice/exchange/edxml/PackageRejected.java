package vn.eoffice.exchange.edxml;

/**
 * A package that must be refused (status 02), with the reason told to the sender.
 */
public class PackageRejected extends RuntimeException {

    public PackageRejected(String reason) {
        super(reason);
    }

    public PackageRejected(String reason, Throwable cause) {
        super(reason, cause);
    }
}
