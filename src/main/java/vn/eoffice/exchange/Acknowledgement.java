package vn.eoffice.exchange;

/**
 * The receiver's synchronous answer to a package: 01 (arrived, stored) or 02 (refused, with the reason).
 */
public record Acknowledgement(String code, String description) {

    public static Acknowledgement arrived() {
        return new Acknowledgement(StatusCode.ARRIVED, null);
    }

    public static Acknowledgement refused(String reason) {
        return new Acknowledgement(StatusCode.REFUSED, reason);
    }

    public boolean isArrived() {
        return StatusCode.ARRIVED.equals(code);
    }
}
