package vn.eoffice.identity;

/**
 * Failed logins for one account name, or from one source address, crossed the alert threshold
 * ({@code eoffice.identity.throttle.*-alert-failures}); published at most once per alert window for each. The
 * account name is as typed and may not exist; {@code address} is the source address.
 */
public record LoginAttackDetected(Target target, String subject, int failures) {

    /** What the failures were counted against. */
    public enum Target {
        ACCOUNT, ADDRESS
    }

    static LoginAttackDetected onAccount(String username, int failures) {
        return new LoginAttackDetected(Target.ACCOUNT, username, failures);
    }

    static LoginAttackDetected fromAddress(String address, int failures) {
        return new LoginAttackDetected(Target.ADDRESS, address, failures);
    }
}
