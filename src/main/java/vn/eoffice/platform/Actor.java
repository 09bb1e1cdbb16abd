package vn.eoffice.platform;

/**
 * Who acts in the current request: the signed-in person and, under delegation, the person they act for.
 * Implemented by the security principal so that shared modules (audit) need not know identity's types.
 */
public interface Actor {

    Long userId();

    String username();

    /** The username of the person this actor stands in for under a delegation, or {@code null}. */
    String actingFor();

    /** The secrecy levels this actor may know of; none but ordinary records unless the principal says more. */
    default Secrecy clearance() {
        return Secrecy.NONE;
    }
}
